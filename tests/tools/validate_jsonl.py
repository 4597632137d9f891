#!/usr/bin/python3
"""Validates JSON Lines (or one JSON document with --whole) against a JSON Schema.

usage: validate_jsonl.py SCHEMA FILE [--whole]
Prints the first error with its line number and exits 1; exits 0 when every
record is valid. Used by kg's tests with Debian's python3-jsonschema.
"""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    whole = "--whole" in sys.argv
    records = 0
    with open(sys.argv[2], encoding="utf-8") as f:
        if whole:
            docs = [(1, json.load(f))]
        else:
            docs = [(n, json.loads(line)) for n, line in enumerate(f, 1) if line.strip()]
    for n, doc in docs:
        errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.path))
        if errors:
            e = errors[0]
            print(f"{sys.argv[2]}:{n}: {'/'.join(map(str, e.path))}: {e.message}")
            return 1
        records += 1
    print(f"{records} valid")
    return 0


if __name__ == "__main__":
    sys.exit(main())
