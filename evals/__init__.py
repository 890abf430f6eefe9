"""Eval suite: Kamer questions with expected answers, a runner over the assistant API, and a quality gate."""
