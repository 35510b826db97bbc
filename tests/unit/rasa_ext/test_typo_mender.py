"""TypoMender reads a typo of a training word as that word, and leaves the rest."""

from rasa.nlu.tokenizers.tokenizer import Token
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.nlp import spelling
from bot.rasa_ext.typo_mender import TypoMender


class _Storage:
    """Enough of a ModelStorage for train() to write its vocabulary."""

    def __init__(self, tmp_path) -> None:  # type: ignore[no-untyped-def]
        self.tmp_path = tmp_path

    def write_to(self, _resource):  # type: ignore[no-untyped-def]
        from contextlib import contextmanager

        @contextmanager
        def go():  # type: ignore[no-untyped-def]
            yield self.tmp_path
        return go()


def _message(text: str) -> Message:
    message = Message(data={"text": text})
    tokens, start = [], 0
    for word in text.split():
        tokens.append(Token(word, start))
        start += len(word) + 1
    message.set("text_tokens", tokens)
    return message


def test_typos_of_training_words_are_mended_and_other_words_kept(tmp_path) -> None:  # type: ignore[no-untyped-def]
    examples = [Message(data={"text": t}) for t in (
        "what is b12 deficiency", "signs of b12 deficiency", "is deficiency common",
        "i wrote defficiency once")]
    mender = TypoMender(_Storage(tmp_path), None)  # type: ignore[arg-type]
    mender.train(TrainingData(examples))
    # a writer's one-off typo is no word of ours; a word used three times is
    assert "deficiency" in mender.vocabulary and "defficiency" not in mender.vocabulary
    message = _message("effects of b12 defficiency coartem")
    mender.process([message])
    lemmas = [t.lemma for t in message.get("text_tokens")]
    assert lemmas == ["effects", "of", "b12", "deficiency", "coartem"]
    assert message.get("text") == "effects of b12 defficiency coartem"  # text unchanged


def test_a_word_english_knows_is_never_mended() -> None:
    assert spelling.mend_to("fiction", frozenset({"friction"})) == "fiction"
    assert spelling.mend_to("simptoms", frozenset({"symptoms"})) == "symptoms"
