# Two commands do all set-up on a fresh machine:  make demo  and  make test
VENV ?= .venv
PYTHON ?= python3
BIN := $(VENV)/bin
DATA ?= ../shared/benchmarks

.PHONY: setup demo test lint typecheck bench bench-throughput clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[all,dev]"
	touch $@

setup: $(BIN)/.installed  ## create .venv and install crosscheck with everything it uses

demo: setup  ## analyse the bundled demo articles into out/demo
	$(BIN)/crosscheck analyze demo -o out/demo

lint: setup
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks

typecheck: setup
	$(BIN)/mypy

test: setup lint typecheck  ## lint, type-check and run the test suite
	$(BIN)/python -m pytest

bench: setup  ## every benchmark (long; reads $(DATA))
	$(BIN)/python -m benchmarks.run_all --data $(DATA)

bench-throughput: setup  ## articles/s and peak memory of `crosscheck analyze`
	$(BIN)/python -m benchmarks.bench_throughput --data $(DATA)

clean:
	rm -rf out .pytest_cache .mypy_cache .ruff_cache
