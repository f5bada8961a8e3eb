#!/usr/bin/env python3
"""Write survey_2023_example.csv: a SYNTHETIC impact survey for the 2023 evaluation.

50 respondents (R01-R50) answer the 54 impact questions of indicators/evaluation/2023.yaml with whole
numbers 0-4; a few cells are left blank (a respondent who skipped a question). The answers are made up
by a seeded generator; they describe no real region or person.

Run from the repository root:  python3 datasets/examples/assessment/make_survey_example.py
The output is the same on every run (random.Random(2023)); only the standard library is used.
"""
import csv
import os
import random

RESPONDENTS = 50
SKIP_RATE = 0.01  # about 27 blank cells out of 2,700

# The 54 impact question ids, in the rubric's order: six dimensions (D1-D6) x sub-dimensions 4.1-4.3 x
# questions 1-3. Written out here so the script needs no YAML parser; the README's check compares them
# with indicators/evaluation/2023.yaml.
QUESTIONS = [f"D{d}-4.{s}.{q}" for d in range(1, 7) for s in range(1, 4) for q in range(1, 4)]

# A typical answer per dimension (governance ... environment), so that the dimensions differ a little,
# as they do in real surveys; an individual question moves up to 0.4 around it.
DIMENSION_CENTRE = {1: 2.9, 2: 2.7, 3: 2.8, 4: 3.2, 5: 2.9, 6: 2.5}


def answer(rng, centre, leaning):
    """One whole-number rating 0-4 around centre, shifted by the respondent's general leaning."""
    value = rng.gauss(centre + leaning, 0.8)
    return max(0, min(4, round(value)))


def main():
    rng = random.Random(2023)
    centres = {q: DIMENSION_CENTRE[int(q[1])] + rng.uniform(-0.4, 0.4) for q in QUESTIONS}
    rows = []
    for r in range(1, RESPONDENTS + 1):
        leaning = rng.gauss(0, 0.35)  # some respondents are more generous than others
        row = [f"R{r:02d}"]
        for q in QUESTIONS:
            if rng.random() < SKIP_RATE:
                row.append("")
            else:
                row.append(str(answer(rng, centres[q], leaning)))
        rows.append(row)

    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "survey_2023_example.csv")
    with open(out, "w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f, lineterminator="\n")
        writer.writerow(["respondent"] + QUESTIONS)
        writer.writerows(rows)
    print(f"wrote {out}: {RESPONDENTS} respondents x {len(QUESTIONS)} questions")


if __name__ == "__main__":
    main()
