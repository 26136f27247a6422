"""One parse of a message shared by all rules: words, sentences, greeting, closing, context."""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor_tui.domain.courtesy.closing_parse import ClosingMatch, find_closing
from advisor_tui.domain.courtesy.greeting_parse import GreetingMatch, parse_greeting
from advisor_tui.domain.courtesy.tokens import Token, sentence_end, tokenize
from advisor_tui.domain.messaging.greeting import Recipient

POST_CHANNELS = frozenset({"linkedin-post", "xing-post"})


@dataclass(frozen=True, slots=True)
class Context:
    """Who the message goes to, where it is sent, and who sends it."""

    recipient: Recipient | None = None
    channel: str = "linkedin-message"
    premium: bool = False
    sender_name: str = ""

    @property
    def is_letter(self) -> bool:
        """Messages need a greeting and a closing; posts do not."""
        return self.channel not in POST_CHANNELS


@dataclass(slots=True)
class Document:
    """A message parsed once for all rules."""

    text: str
    context: Context
    tokens: list[Token] = field(init=False)
    greeting: GreetingMatch | None = field(init=False)
    closing: ClosingMatch | None = field(init=False)
    sentences: list[list[Token]] = field(init=False)

    def __post_init__(self) -> None:
        self.tokens = tokenize(self.text)
        self.greeting = parse_greeting(self.text)
        self.closing = find_closing(self.text)
        self.sentences = []
        body_start = self.greeting.end if self.greeting else -1
        previous: Token | None = None
        for token in self.tokens:
            # The text after the salutation's comma is a sentence of its own for the rules' context windows.
            if previous is None or token.sentence != previous.sentence or previous.start < body_start <= token.start:
                self.sentences.append([])
            self.sentences[-1].append(token)
            previous = token

    @property
    def body_span(self) -> tuple[int, int]:
        """Where the message proper sits: after the greeting, before the closing formula."""
        start = 0
        if self.greeting:
            start = self.greeting.end + len(self.greeting.punct)
        end = self.closing.start if self.closing and self.closing.start >= start else len(self.text)
        return start, end

    def ends_with(self, sentence: list[Token]) -> str:
        """The punctuation mark closing a sentence ('?' for a question)."""
        return sentence_end(self.text, sentence[-1])
