"""Build the spaCy pipeline: the pretrained model plus the rule components, in order."""

from __future__ import annotations

import gc
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc
from thinc.api import use_ops
from threadpoolctl import threadpool_limits

from pipeline import DEFAULT_MODEL
from pipeline.extraction.contract import TEXT
from pipeline.extraction.attribute_index import index_attribute_ruler

# Importing the modules registers their factories.
from pipeline.extraction.components import acronyms, events, organizations, paragraphs, people, resolutions, roles, titles  # noqa: F401
from pipeline.extraction.components import dates, given_names, places
from pipeline.extraction import lexicon

# Model components extraction does not read: the lemmatizer is never used.
UNUSED_MODEL_COMPONENTS = ("lemmatizer",)
RULE_COMPONENTS = (
    "news_acronyms",
    "news_organizations",
    "news_people",
    "news_org_clusters",
    "news_titles",
    "news_roles",
    "news_org_final",
    "news_events",
    "news_resolutions",
)


class ModelError(RuntimeError):
    """The named spaCy pipeline cannot be loaded or lacks what extraction needs."""


def not_installed(model: str, err: Exception) -> ModelError:
    """The error for a pipeline spaCy cannot find or read, on one line."""
    return ModelError(f"cannot load spaCy pipeline {model!r}: is it installed? ({err})".replace("\n", " "))


class TextKeepingTokenizer:
    """The model's tokenizer, keeping the text each Doc was made from for `doc_text` (rules
    read the text often; `Doc.text` joins every token on each call)."""

    def __init__(self, tokenizer):
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[TEXT] = text
        return doc


def model_ops():
    """The backend the model's layers are built with (a context for loading): thinc's NumpyOps,
    whose matrix products go to numpy's BLAS (OpenBLAS) instead of BLIS. These products are most
    of the model's time (tok2vec, tagger, the parser's and NER's input layers), and on this
    project's machines OpenBLAS does them in about a third of BLIS's CPU time (3,000 rows by a
    288-by-288 layer: 5.5 ms against 17 ms). The parser's and NER's per-step loop still calls
    thinc's BLIS sgemm. Outputs were compared byte for byte on corpus/, 300 wire and 1,000 bulk
    releases on this machine; OpenBLAS picks its kernels by CPU, so another CPU may round the last
    bits differently, as BLIS may. Use it with `limit_blas_threads`."""
    return use_ops("numpy", use_blis=False)


def limit_blas_threads() -> None:
    """Cap numpy's BLAS at one thread for the rest of this process (not a context: the cap must
    hold while the model runs). Worker processes are the parallelism; a second BLAS thread per
    process only adds CPU time spent waiting (two threads: 11.5-12.1 CPU s against 8.3-8.8 on the
    bench's 200 releases)."""
    threadpool_limits(1, user_api="blas")


def build_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load `model` (any installed spaCy pipeline with a parser and NER) and add the rule components."""
    try:
        limit_blas_threads()
        with model_ops():
            nlp = spacy.load(model, exclude=list(UNUSED_MODEL_COMPONENTS))
    except OSError as err:
        raise not_installed(model, err) from None
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"spaCy pipeline {model!r} lacks {', '.join(sorted(missing))}, which extraction needs")
    # Same token attributes, a fraction of the time (see pipeline.extraction.attribute_index).
    index_attribute_ruler(nlp)
    nlp.tokenizer = TextKeepingTokenizer(nlp.tokenizer)
    nlp.add_pipe("news_paragraphs", before="parser")
    for name in RULE_COMPONENTS:
        nlp.add_pipe(name)
    load_rule_data()
    return nlp


def load_rule_data() -> None:
    """Load the data the rule components read on first use -- the pattern files, the census name
    lists, the English word list, the place names, the date parser's language and time-zone
    tables -- with the model, as the model loads its own, not while the first releases are read."""
    for name in lexicon.all_files():
        lexicon.words(name)
        lexicon.lower_words(name)
    given_names.first_names(), given_names.surnames(), given_names.given_name_ranks(), given_names.english_words()
    places.us_states(), places.country_name("France")
    dates.parse_single("1 January 2000")
    gc.collect()
    # What is loaded lives as long as the process: the collector need not go over it again. Each
    # full collection of a run went over the ~134,000 objects of the model and the rule data
    # (0.10 s; after the freeze 0.015 s, on the bench's 200 releases).
    gc.freeze()


def model_id(nlp: Language) -> str:
    """"<lang>_<name>-<version>" of the loaded model, for provenance."""
    return meta_id(nlp.meta)


def meta_id(meta: dict) -> str:
    """"<lang>_<name>-<version>" of a pipeline's meta.json."""
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '0')}"


def installed_model_id(model: str = DEFAULT_MODEL) -> str:
    """`model_id` of an installed pipeline read from its meta.json, without loading it.

    Engines that load the model in worker processes label the outputs with this.
    """
    try:
        path = spacy.util.get_package_path(model) if spacy.util.is_package(model) else Path(model)
        meta = spacy.util.load_meta(path / "meta.json")
    except (OSError, ValueError) as err:
        raise not_installed(model, err) from None
    return meta_id(meta)
