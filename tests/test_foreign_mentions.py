"""Names in paragraphs of languages with no NER model here (German, Spanish, Portuguese):
texts written for the test."""

from __future__ import annotations

from crosscheck.annotate.gazetteer import country_of
from crosscheck.annotate.organisations_gazetteer import english_organisation_name
from crosscheck.annotate.places_gazetteer import english_place_name
from crosscheck.records import AnnotatedArticle
from crosscheck.resolve.resolver import resolve_entities
from text_builders import annotated_report

_GERMAN = (
    "Der Söldnerchef Jewgeni Prigoschin hat seine Truppen nach Moskau geschickt. Die "
    "Regierung in Russland sprach von einer Meuterei, und die Bewohner der Stadt blieben in "
    "ihren Häusern. Als Vermittler trat der Präsident von Belarus auf, Putins Verbündeter "
    "Alexander Lukaschenko. Später stürzte ein Flugzeug in der Region Twer ab. Die "
    "Vereinten Nationen forderten eine Untersuchung, doch die Behörden schwiegen. "
    "Prigoschin war an Bord, teilte die Luftfahrtbehörde mit. Prigoschins Familie schwieg "
    "am Abend, und in der Stadt legten Anhänger Blumen nieder."
)
_SPANISH = (
    "El funcionario local de Jajarkot, Harish Chandra Sharma, dijo que al menos 34 personas "
    "habían muerto en su distrito, mientras que en el vecino distrito de Rukum Occidental "
    "murieron otras 36. El Servicio Geológico de Estados Unidos informó de una magnitud de "
    "5,6, y el temblor se sintió en Nueva Delhi y en La Haya. Según Sharma, las carreteras estaban "
    "bloqueadas por la noche y los equipos de rescate no podían llegar a las aldeas. Las "
    "imágenes de AFP/Getty Images muestran casas derrumbadas en las colinas."
)
_PORTUGUESE = (
    "O porta-voz do governo russo, Dmitry Peskov, divulgou o relatório da reunião entre "
    "Vladimir Putin e os comandantes do Grupo Wagner no Kremlin, em Moscou. A conversa "
    "durou três horas, segundo Peskov, e a Rússia não deu outros detalhes sobre o encontro "
    "com os mercenários. Para o Kremlin, a reunião foi um sucesso."
)
_ENGLISH = (
    "Wagner chief Yevgeny Prigozhin was on board the plane that crashed north of Moscow, "
    "Russian officials said on Thursday. Belarusian President Alexander Lukashenko had "
    "brokered the deal that ended the mutiny. Prigozhin had led his fighters toward Moscow "
    "in June."
)


def _names(article: AnnotatedArticle) -> dict[str, str]:
    return {m.text: m.type for m in article.mentions if m.kind == "name"}


def test_german_names_found_and_nouns_left_out(nlp) -> None:  # type: ignore[no-untyped-def]
    article = annotated_report(nlp, "de.txt", _GERMAN)
    assert any(p.language == "de" for p in article.article.paragraphs)
    names = _names(article)
    assert names["Jewgeni Prigoschin"] == "PERSON", "the title compound 'Söldnerchef' left out"
    assert names["Alexander Lukaschenko"] == "PERSON", "not 'Putins Verbündeter ...'"
    assert names["Prigoschin"] == "PERSON", "the surname alone, after the full name"
    assert names["Moskau"] == names["Russland"] == names["Belarus"] == "GPE"
    assert names["Twer"] == "GPE", "a place after 'Region'"
    assert names["Vereinten Nationen"] == "ORG"
    assert not any(name.startswith("Prigoschins") for name in names), "a genitive, then a noun"
    for noun in ("Regierung", "Meuterei", "Bewohner", "Flugzeug", "Behörden", "Vermittler"):
        assert not any(noun in name for name in names), noun


def test_spanish_names_found_and_institutions_not_people(nlp) -> None:  # type: ignore[no-untyped-def]
    article = annotated_report(nlp, "es.txt", _SPANISH)
    names = _names(article)
    assert names["Harish Chandra Sharma"] == "PERSON"
    assert names["Sharma"] == "PERSON"
    assert names["Rukum Occidental"] == "GPE", "a place after 'distrito de', not a person"
    assert names["Estados Unidos"] == names["Nueva Delhi"] == names["La Haya"] == "GPE"
    assert "Servicio Geológico" not in names, "an institution's name is not a person's"
    assert names["AFP"] == "ORG", "an acronym the model tags as an organisation"
    for phrase in ("El funcionario", "la noche", "Según Sharma", "El Servicio"):
        assert phrase not in names, phrase


def test_portuguese_names_and_gazetteer_forms(nlp) -> None:  # type: ignore[no-untyped-def]
    names = _names(annotated_report(nlp, "pt.txt", _PORTUGUESE))
    assert names["Dmitry Peskov"] == names["Vladimir Putin"] == names["Peskov"] == "PERSON"
    assert names["Grupo Wagner"] == "ORG"
    assert names["Moscou"] == names["Rússia"] == "GPE"
    assert "A" not in names and "O" not in names
    assert "Para" not in names, "a word opening a sentence, not the Brazilian state"
    assert country_of("Rússia") == country_of("Russland") == country_of("Rusia") == "Russia"
    assert english_place_name("Moskau") == english_place_name("Moscú") == "Moscow"
    assert english_organisation_name("Nações Unidas") == "United Nations"


def test_a_german_name_joins_its_english_form(nlp) -> None:  # type: ignore[no-untyped-def]
    articles = [
        annotated_report(nlp, "en.txt", _ENGLISH),
        annotated_report(nlp, "de.txt", _GERMAN),
    ]
    by_form = {m.text: e.id for e in resolve_entities(articles).entities for m in e.mentions}
    assert by_form["Jewgeni Prigoschin"] == by_form["Yevgeny Prigozhin"]
    assert by_form["Alexander Lukaschenko"] == by_form["Alexander Lukashenko"]
