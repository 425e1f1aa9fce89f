#!/usr/bin/env python3
"""Checks RD JSON files independently of reqeng's own code.

For every rd/*.json under OUTPUT_DIR: the document validates against the repository's JSON Schema,
every session names a real transcript file under INPUT_DIR, and every source reference of a stated
requirement points at a real turn of a real session whose file contains the quoted words.

Usage: check_rd.py SCHEMA INPUT_DIR OUTPUT_DIR
"""

import html
import json
import pathlib
import re
import sys

import jsonschema


def words(text: str) -> list[str]:
    """Lower-case word tokens, so quotes compare across markup, entities and line breaks."""
    return re.findall(r"[a-z0-9]+", html.unescape(text).lower())


def transcript_words(path: pathlib.Path) -> list[str]:
    """Words of what was said: subtitle timing lines, cue numbers and ids, and markup tags dropped."""
    text = path.read_text(encoding="utf-8", errors="replace")
    if path.suffix.lower() in (".vtt", ".srt"):
        kept = []
        for line in text.splitlines():
            stripped = line.strip()
            if "-->" in stripped or stripped.isdigit() or re.fullmatch(r"[0-9A-Fa-f-]+/\d+-\d+", stripped):
                continue
            kept.append(re.sub(r"<[^>]*>", " ", line))
        text = "\n".join(kept)
    return words(text)


def contains(haystack: list[str], needle: list[str]) -> bool:
    if not needle:
        return True
    first = needle[0]
    for index, word in enumerate(haystack):
        if word == first and haystack[index : index + len(needle)] == needle:
            return True
    return False


def source_file(input_dir: pathlib.Path, project: str, source: str) -> pathlib.Path | None:
    for candidate in (input_dir / project / source, input_dir / source):
        if candidate.is_file():
            return candidate
    return None


def check(schema_path: str, input_dir: str, output_dir: str) -> int:
    schema = json.loads(pathlib.Path(schema_path).read_text())
    validator = jsonschema.Draft202012Validator(schema)
    documents = sorted(pathlib.Path(output_dir, "rd").glob("*.json"))
    if not documents:
        print(f"check_rd: no rd/*.json under {output_dir}")
        return 1
    problems: list[str] = []
    for path in documents:
        document = json.loads(path.read_text())
        for error in validator.iter_errors(document):
            problems.append(f"{path.name}: schema: {error.json_path}: {error.message}")
        sessions = {}
        for session in document.get("sessions", []):
            file = source_file(pathlib.Path(input_dir), document["project"], session["source"])
            if file is None:
                problems.append(f"{path.name}: session {session['id']} names missing file {session['source']}")
                continue
            sessions[session["id"]] = (session, transcript_words(file))
        stated = [r for r in document.get("requirements", []) if not r.get("inferred")]
        refs = 0
        for requirement in stated:
            for ref in requirement["source_refs"]:
                refs += 1
                entry = sessions.get(ref["session_id"])
                if entry is None:
                    problems.append(f"{path.name}: {requirement['id']} cites unknown session {ref['session_id']}")
                    continue
                session, text = entry
                if not 1 <= ref["turn"] <= session["turns"]:
                    problems.append(f"{path.name}: {requirement['id']} cites turn {ref['turn']} of {session['turns']}")
                if not contains(text, words(ref["quote"])):
                    problems.append(f"{path.name}: {requirement['id']} quote not in {session['source']}: {ref['quote']!r}")
        print(f"check_rd: {path.name}: {len(stated)} stated requirements, {refs} source refs checked")
    for problem in problems:
        print(f"check_rd: FAIL {problem}")
    return 1 if problems else 0


if __name__ == "__main__":
    if len(sys.argv) != 4:
        print(__doc__)
        sys.exit(64)
    sys.exit(check(*sys.argv[1:]))
