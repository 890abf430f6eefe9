"""One conversation as the UI keeps it (gr.State), and the earlier conversations that can be reopened.

Without login the earlier conversations live in the browser tab's session only (gr.State). With login they
are also kept per user in the server's memory (ConversationArchive, at most MAX_KEPT each, lost on restart),
so the same user sees them again in a new tab.

Example:
    >>> chat = Chat.new()
    >>> chat = chat.answered(question, bubble, reply, cards, turn)    # one turn later
    >>> earlier = remember(earlier, chat)                           # newest first, same key replaced
"""
from __future__ import annotations

import re
import threading
import time
import uuid
from dataclasses import dataclass, field, replace

from assistant import Conversation, Reply
from ui.turns import Turn

MAX_KEPT = 20  # earlier conversations per browser tab and per user
MAX_TITLE = 60
EMPTY_SOURCES = '<p class="sources-empty">Hier verschijnen de bronnen bij het antwoord.</p>'

Message = dict[str, str]
# The [n] links of earlier replies point at sources that are no longer shown: they become plain text.
_CITE_LINK = re.compile(r'<a class="cite" href="#bron-\d+" data-source="\d+">(\[\d+\])</a>')


@dataclass(frozen=True)
class Chat:
    """The ongoing conversation: bubbles, the assistant's typed state, the latest sources and turn."""

    key: str
    title: str = ""
    messages: tuple[Message, ...] = ()
    state: Conversation = field(default_factory=Conversation)
    cards: str = EMPTY_SOURCES
    turn: Turn | None = None
    updated: float = 0.0

    @classmethod
    def new(cls) -> "Chat":
        return cls(key=uuid.uuid4().hex)

    @property
    def history(self) -> list[str]:
        """The earlier questions as the assistant understood them as turns, oldest first."""
        return [turn.query for turn in self.state.turns]

    def asked(self, question_bubble: str, answer: str, cards: str, turn: Turn | None,
              reply: Reply | None = None, question: str = "") -> "Chat":
        """This chat after one more question; the typed state advances only for a real turn."""
        state = reply.conversation if reply is not None and reply.kind != "invalid" else self.state
        title = self.title or " ".join(question.split())[:MAX_TITLE]
        earlier = tuple({**m, "content": _CITE_LINK.sub(r'<span class="cite-old">\1</span>', m["content"])}
                        for m in self.messages)
        messages = earlier + ({"role": "user", "content": question_bubble},
                                    {"role": "assistant", "content": answer})
        return replace(self, title=title, messages=messages, state=state, cards=cards, turn=turn,
                       updated=time.time())

    def label(self) -> str:
        stamp = time.strftime("%H:%M", time.localtime(self.updated)) if self.updated else ""
        return f"{stamp} · {self.title or 'Leeg gesprek'}".strip(" ·")


def remember(earlier: list[Chat], chat: Chat | None) -> list[Chat]:
    """`earlier` with `chat` first (replacing an older copy of it); empty chats are not kept."""
    rest = [c for c in earlier or [] if chat is None or c.key != chat.key]
    if chat is None or not chat.messages:
        return rest[:MAX_KEPT]
    return ([chat] + rest)[:MAX_KEPT]


def choices(earlier: list[Chat]) -> list[tuple[str, str]]:
    """(label, key) pairs for the 'Eerdere gesprekken' dropdown."""
    return [(chat.label(), chat.key) for chat in earlier or []]


class ConversationArchive:
    """Earlier conversations per logged-in user, in memory; shared by all sessions, thread-safe."""

    def __init__(self) -> None:
        self._by_user: dict[str, list[Chat]] = {}
        self._lock = threading.Lock()

    def save(self, user: str, chat: Chat) -> None:
        if not user:
            return
        with self._lock:
            self._by_user[user] = remember(self._by_user.get(user, []), chat)

    def chats(self, user: str) -> list[Chat]:
        with self._lock:
            return list(self._by_user.get(user, [])) if user else []
