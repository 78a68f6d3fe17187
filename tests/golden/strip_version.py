#!/usr/bin/env python3
"""Drops data_version from result lines (stdin to stdout) so goldens survive unrelated data edits."""
import json
import sys

for line in sys.stdin:
    result = json.loads(line)
    result.pop("data_version", None)
    print(json.dumps(result, ensure_ascii=False, sort_keys=True))
