#!/usr/bin/env python3
"""Validates NDJSON records against a JSON Schema. Usage: validate-schema.py SCHEMA [NDJSON] (stdin by default).

Prints one line per violation (record path, JSON path, message) and exits 1 when there is any.
"""
import json
import sys

import jsonschema


def main():
    schema = json.load(open(sys.argv[1], encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    stream = open(sys.argv[2], encoding="utf-8") if len(sys.argv) > 2 else sys.stdin
    records = violations = 0
    for line in stream:
        if not line.strip():
            continue
        records += 1
        record = json.loads(line)
        for error in validator.iter_errors(record):
            violations += 1
            print(f"{record.get('source', {}).get('path', '?')}: {error.json_path}: {error.message}")
    print(f"{records} records, {violations} violations", file=sys.stderr)
    sys.exit(1 if violations or not records else 0)


if __name__ == "__main__":
    main()
