"""Run code as if on another machine: every non-exact maths result moved by an ulp.

Two machines (or two numpy releases) agree on the correctly rounded basic
operations and may disagree in the last bits of everything else: SIMD
``sin``/``cos``/``exp``/``power``, the C library's ``atan2``/``hypot``, BLAS
norms, FFTs, compiled ``interp``/``convolve``. ``nudged()`` patches exactly
those, in numpy and ``math``, to return their true result moved one ulp up
or down (alternating element by element and call by call, so both directions
are exercised in one run). A computation whose output survives this is one
whose decisions do not hang on those last bits.
"""

from __future__ import annotations

import contextlib
import functools
import itertools
import math
from collections.abc import Callable, Iterator
from typing import Any

import numpy as np

NUMPY_FUNCS = (
    "sin",
    "cos",
    "tan",
    "arcsin",
    "arccos",
    "arctan",
    "arctan2",
    "sinh",
    "cosh",
    "tanh",
    "exp",
    "exp2",
    "expm1",
    "log",
    "log2",
    "log10",
    "log1p",
    "power",
    "hypot",
    "cbrt",
    "interp",
    "convolve",
)
NUMPY_SUBMODULE_FUNCS = (
    ("linalg", "norm"),
    ("fft", "fft"),
    ("fft", "ifft"),
    ("fft", "fft2"),
    ("fft", "ifft2"),
    ("fft", "rfft"),
    ("fft", "irfft"),
)
MATH_FUNCS = ("sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log", "pow", "hypot")


def _nudge_array(value: Any, flip: bool) -> Any:
    arr = np.asarray(value)
    if arr.dtype.kind == "c":
        return _nudge_array(arr.real, flip) + 1j * _nudge_array(arr.imag, not flip)
    if arr.dtype.kind != "f":
        return value
    up = (np.arange(arr.size).reshape(arr.shape) % 2 == 0) ^ flip
    out = np.nextafter(arr, np.where(up, np.inf, -np.inf))
    return out if isinstance(value, np.ndarray) else out[()]


def _wrap(fn: Callable[..., Any], counter: Iterator[int], scalar: bool) -> Callable[..., Any]:
    @functools.wraps(fn)
    def nudged_fn(*args: Any, **kwargs: Any) -> Any:
        result = fn(*args, **kwargs)
        flip = next(counter) % 2 == 1
        if scalar:
            return math.nextafter(result, -math.inf if flip else math.inf)
        return _nudge_array(result, flip)

    return nudged_fn


@contextlib.contextmanager
def nudged() -> Iterator[None]:
    """Within the block, every listed function answers one ulp off its true result."""
    counter = itertools.count()
    saved: list[tuple[object, str, object]] = []
    targets: list[tuple[object, str, bool]] = [(np, name, False) for name in NUMPY_FUNCS]
    targets += [(getattr(np, sub), name, False) for sub, name in NUMPY_SUBMODULE_FUNCS]
    targets += [(math, name, True) for name in MATH_FUNCS]
    try:
        for owner, name, scalar in targets:
            original = getattr(owner, name)
            saved.append((owner, name, original))
            setattr(owner, name, _wrap(original, counter, scalar))  # type: ignore[arg-type]
        yield
    finally:
        for owner, name, original in reversed(saved):
            setattr(owner, name, original)
