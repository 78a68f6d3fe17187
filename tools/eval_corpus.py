#!/usr/bin/env python3
"""Turns the labelled sets of ../shared/eval/ into JSON Lines corpora for `triage eval`.

Each output line: {"text", "language", "dissatisfied", "set"}. The texts stay outside the
project: write the corpora under build/ (never commit them; the Malay sets may not be
redistributed at all).

    tools/eval_corpus.py --eval ../shared/eval --out build/eval

writes test.jsonl (the test splits and the unsplit complaint/sentiment sets), tune.jsonl
(train/valid/dev splits, for tuning only) and langid.jsonl (every message-level set, every
split but train, for language identification).

The Malay tweets come without splits. Their rows with an odd source id also go to tune.jsonl
(set ms_twitter_sentiment_odd), and the rows with an even id to heldout.jsonl
(ms_twitter_sentiment_even): tune on the odd half, check on the even half, which no tuning has
seen. test.jsonl keeps the whole set, because that is the figure the issue names.
"""
import argparse
import csv
import json
import os
import sys

csv.field_size_limit(10**7)


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        if path.endswith(".tsv"):
            header = f.readline().rstrip("\n").split("\t")
            for line in f:
                yield dict(zip(header, line.rstrip("\n").split("\t")))
        else:
            yield from csv.DictReader(f)


# file -> (language, split kind, function row -> dissatisfied)
SETS = {
    "en_complaints_preotiuc2019.csv": ("en", "test", lambda r: r["is_complaint"] == "1"),
    "id_smsa_test.tsv": ("id", "test", lambda r: r["label"] == "negative"),
    "id_smsa_valid.tsv": ("id", "tune", lambda r: r["label"] == "negative"),
    "id_smsa_train.tsv": ("id", "tune", lambda r: r["label"] == "negative"),
    "id_emot_test.csv": ("id", "test", lambda r: r["label"] in ("anger", "sadness")),
    "id_emot_valid.csv": ("id", "tune", lambda r: r["label"] in ("anger", "sadness")),
    "id_emot_train.csv": ("id", "tune", lambda r: r["label"] in ("anger", "sadness")),
    "ms_twitter_sentiment.tsv": ("ms", "test", lambda r: r["label"] == "Negative"),
    "ms_news_sentiment.csv": ("ms", "langid", lambda r: r["label"] == "Negative"),
    "he_sentiment_test_gold.tsv": ("he", "test", lambda r: r["label"] == "1"),
    "he_sentiment_dev.tsv": ("he", "tune", lambda r: r["label"] == "1"),
    "he_sentiment_train.tsv": ("he", "tune", lambda r: r["label"] == "1"),
    "en_complaints_severity.csv": ("en", "langid", lambda r: r["is_complaint"] == "1"),
    "en_vader_tweets_groundtruth.tsv": ("en", "langid", lambda r: float(r["mean_sentiment"]) < 0),
    "en_vader_amazon_reviews_groundtruth.tsv": ("en", "langid", lambda r: float(r["mean_sentiment"]) < 0),
}

# Unsplit sets that are halved by source id parity for tuning (see the docstring).
HALVED = {"ms_twitter_sentiment.tsv"}


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "eval"))
    ap.add_argument("--out", default="build/eval")
    args = ap.parse_args()
    if not os.path.isdir(args.eval):
        sys.exit(f"no eval folder at {args.eval}")
    os.makedirs(args.out, exist_ok=True)
    outs = {
        k: open(os.path.join(args.out, f"{k}.jsonl"), "w", encoding="utf-8")
        for k in ("test", "tune", "langid", "heldout")
    }
    counts = {}
    for name, (lang, kind, label) in sorted(SETS.items()):
        path = os.path.join(args.eval, name)
        if not os.path.exists(path):
            print(f"missing {name}", file=sys.stderr)
            continue
        for r in rows(path):
            text = r.get("text", "")
            if not text.strip():
                continue
            base = name[: name.rfind(".")]
            record = {"text": text, "language": lang, "dissatisfied": label(r), "set": base}
            line = json.dumps(record, ensure_ascii=False)
            if kind != "langid":
                outs[kind].write(line + "\n")
                counts[kind] = counts.get(kind, 0) + 1
            if name in HALVED:
                odd = int(r["id"]) % 2 == 1
                half = "tune" if odd else "heldout"
                half_record = dict(record, set=f"{base}_{'odd' if odd else 'even'}")
                outs[half].write(json.dumps(half_record, ensure_ascii=False) + "\n")
                counts[half] = counts.get(half, 0) + 1
            # Language identification is measured on every split but train.
            if "_train" not in name:
                outs["langid"].write(line + "\n")
                counts["langid"] = counts.get("langid", 0) + 1
    for f in outs.values():
        f.close()
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())), "->", args.out)


if __name__ == "__main__":
    main()
