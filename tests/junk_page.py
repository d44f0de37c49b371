"""The page the junk-line tests put their lines in: a headline and two body paragraphs written
for the tests, so that a rule sees a line in the place a scraper finds it."""

HEADLINE = "Floods cut off three valley towns as the river bursts its banks"
BODY = [
    "Rescue crews reached the town of Vell on Tuesday after two days of rain, the regional "
    "governor said in a statement.",
    "The governor said at least 41 people had died and 300 homes were under water, while the "
    "national agency counted 38 dead.",
]
