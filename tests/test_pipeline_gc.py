"""annotate() pauses the cyclic garbage collector: it must leave no cycles and restore it."""

from __future__ import annotations

import gc

from annotator.pipeline import annotate


def test_annotate_leaves_no_cyclic_garbage(seed_text):
    # Pausing the collector is only free if the pipeline makes no reference cycles.
    annotate("Warm up. He said it was fine.")
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        annotate(seed_text)
        assert gc.collect() == 0
    finally:
        if was:
            gc.enable()


def test_annotate_restores_the_collector_as_it_was():
    assert gc.isenabled()
    annotate("He said it was fine.")
    assert gc.isenabled()
    gc.disable()
    try:
        annotate("He said it was fine.")
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_the_collector_is_back_after_an_error():
    try:
        annotate(None)  # type: ignore[arg-type]
    except Exception:
        pass
    assert gc.isenabled()
