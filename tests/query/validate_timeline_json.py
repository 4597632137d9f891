"""Validates a JSON file against a JSON Schema (draft 2020-12).

usage: validate_timeline_json.py SCHEMA INSTANCE
Exit 0 when valid, 1 with every error on stderr when not, 77 when the
jsonschema module is missing (so callers can skip rather than fail).
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3 module jsonschema is not installed", file=sys.stderr)
    sys.exit(77)


def main():
    schema_path, instance_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    with open(instance_path, encoding="utf-8") as f:
        instance = json.load(f)
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    for e in errors:
        where = "/".join(str(p) for p in e.absolute_path) or "(root)"
        print(f"{instance_path}: {where}: {e.message}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
