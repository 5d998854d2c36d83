"""`make bench`: a generated corpus and the measurements of issue 7 (see run.py)."""
