"""Checks shared by the reading rules' tests on the real letters (they need the model and the index)."""
from __future__ import annotations

from assistant.records import Reply


def refused_by_rule(bot, question: str, feature: str, reason: str) -> Reply:
    """Ask `question` and check that the reading rule measuring `feature` refused it: no passages, the rule's one-line
    reason in the reply, and the measure at or above its calibrated threshold."""
    reply = bot.ask(question)
    assert reply.abstained and not reply.passages
    assert reason in reply.answer
    assert reply.trace["decision"]["features"][feature] >= getattr(bot.calibration, feature)
    return reply
