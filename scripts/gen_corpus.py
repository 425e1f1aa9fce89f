#!/usr/bin/env python3
"""Writes a deterministic synthetic corpus of elicitation transcripts, for benchmarks and crash tests.

Usage: gen_corpus.py OUTPUT_DIR --projects N [--sessions-per-project K] [--turns T] [--seed S]

Each project is a directory of K sessions in rotating formats (txt, md, json, vtt, srt), each with T
turns mixing small talk, questions, agreement and statements of need with numbers, so every agent
has work. Same arguments, same bytes.
"""

import argparse
import json
import pathlib
import random

DOMAINS = ["clinic", "warehouse", "library", "banking", "school", "transit", "hotel", "farm", "museum", "gym"]
ACTORS = ["the system", "staff", "customers", "managers", "the app", "administrators", "visitors", "drivers"]
ACTIONS = [
    "export the weekly report as a spreadsheet", "send a reminder {n} hours before each booking",
    "log in with a personal account", "search records by name and date", "print a receipt after each payment",
    "keep an audit trail of every change", "show the schedule on a phone", "work without a network connection",
    "let users reset their password by email", "store card payments through the payment provider",
    "support {n} concurrent users", "respond within {n} seconds", "back up the data every {n} hours",
    "be available {p}% of the time", "offer the pages in {n} languages", "delete personal data on request",
    "import stock levels from the old system", "notify the manager when stock falls below {n} units",
]
MODALS = ["must", "should", "has to", "needs to", "shall", "could", "must not"]
SMALL_TALK = [
    "Good morning, thanks for making the time.", "How was the trip in?", "Shall we start?",
    "Sorry, my coffee is still too hot.", "Let me share my screen.", "Can everyone hear me?",
]
AGREEMENT = ["Yeah, exactly.", "Right.", "Sounds good.", "Okay.", "Mm-hmm, agreed.", "Fair enough."]
QUESTIONS = [
    "What happens at the end of the month?", "Who uses the reports today?", "How often does that go wrong?",
    "Is that the same for the night shift?", "Do you have numbers for that?",
]
NAMES = ["Ana", "Ben", "Chen", "Dara", "Eli", "Fay", "Gus", "Hana", "Ivo", "Jun", "Kai", "Lea"]


def utterance(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(SMALL_TALK)
    if roll < 0.30:
        return rng.choice(AGREEMENT)
    if roll < 0.42:
        return rng.choice(QUESTIONS)
    action = rng.choice(ACTIONS).format(n=rng.choice([2, 5, 8, 24, 50, 500]), p=rng.choice([99, 99.5, 99.9]))
    lead = rng.choice(["", "I think ", "Honestly, ", "For us ", "Um, "])
    return f"{lead}{rng.choice(ACTORS)} {rng.choice(MODALS)} {action}.".capitalize()


def clock(seconds: int, separator: str = ".") -> str:
    return f"{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}{separator}000"


def write_session(path: pathlib.Path, fmt: str, turns: list[tuple[str, str]], title: str) -> None:
    if fmt == "txt":
        body = "".join(f"[{clock(i * 7)[:8]}] {s}: {t}\n" for i, (s, t) in enumerate(turns))
    elif fmt == "md":
        people = sorted({s for s, _ in turns})
        front = "---\ntitle: " + title + "\nparticipants:\n" + "".join(f"  - name: {p}\n    role: Stakeholder\n" for p in people)
        body = front + "---\n\n" + "".join(f"**{s}:** {t}\n\n" for s, t in turns)
    elif fmt == "json":
        body = json.dumps({"session_id": path.stem, "title": title,
                           "turns": [{"speaker": s, "text": t, "timestamp": clock(i * 7)[:8]}
                                     for i, (s, t) in enumerate(turns)]}, indent=1) + "\n"
    elif fmt == "vtt":
        body = "WEBVTT\n\n" + "".join(
            f"{i + 1}\n{clock(i * 7)} --> {clock(i * 7 + 6)}\n<v {s}>{t}</v>\n\n" for i, (s, t) in enumerate(turns))
    else:
        body = "".join(
            f"{i + 1}\n{clock(i * 7, ',')} --> {clock(i * 7 + 6, ',')}\n{s}: {t}\n\n" for i, (s, t) in enumerate(turns))
    path.write_text(body, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output")
    parser.add_argument("--projects", type=int, required=True)
    parser.add_argument("--sessions-per-project", type=int, default=2)
    parser.add_argument("--turns", type=int, default=80)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    root = pathlib.Path(args.output)
    formats = ["txt", "md", "json", "vtt", "srt"]
    counter = 0
    for number in range(args.projects):
        rng = random.Random(args.seed * 1_000_003 + number)
        domain = DOMAINS[number % len(DOMAINS)]
        project = root / f"{domain}-{number:05d}"
        project.mkdir(parents=True, exist_ok=True)
        speakers = rng.sample(NAMES, 3)
        for session in range(args.sessions_per_project):
            fmt = formats[counter % len(formats)]
            counter += 1
            turns = [(speakers[i % 3] if rng.random() < 0.8 else rng.choice(speakers), utterance(rng))
                     for i in range(args.turns)]
            write_session(project / f"session-{session + 1}.{fmt}", fmt, turns, f"{domain} session {session + 1}")


if __name__ == "__main__":
    main()
