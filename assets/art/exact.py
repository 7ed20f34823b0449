"""Maths the art build repeats bit for bit on any machine and any numpy.

Why this module exists: the build decides things — is this lattice point on the
road, is this pixel inside the cut, which tile goes here — and a decision taken
on a float at a threshold flips when the float's last bit does. The basic IEEE
operations (``+ - * /``, ``sqrt``, comparisons, ``floor``, ``rint``) are
correctly rounded on every CPU, so the same inputs give the same bits
everywhere. Everything else is not: numpy picks SIMD code for ``sin``, ``cos``,
``exp``, ``power`` by the CPU it finds (AVX-512 paths differ in the last bits),
``hypot`` and ``atan2`` come from the platform's C library, ``@`` and ``norm``
from whichever BLAS kernel suits the CPU (with or without fused multiply-add),
FFTs and ``interp`` from compiled loops that compilers may contract. Tracks are
designed on round numbers (centre lines on 4 m multiples, a 1 m lattice), so
such values sit exactly on thresholds and a last-bit difference is enough:
rebuilt on another machine, Red Rock came out 26 cells different.

The rule: the art code calls those functions only through this module, which
snaps each result to a grid of ``2**-20`` (about a micrometre, a millionth of a
pixel). Two machines then agree unless a true value lies within a few ulps of
a grid midpoint; ``tests/levels/test_build.py`` rebuilds everything with each
such result nudged by an ulp either way and requires identical files, and
``tests/art/test_exact.py`` keeps the rest of the art code off the raw
functions. Geometry that needs exactness beyond that (areas that decide a
tile's surface) is done in integers.
"""

from __future__ import annotations

import math
from typing import overload

import numpy as np
import numpy.typing as npt

F = npt.NDArray[np.float64]

QUANTUM = 2.0**-20
"""The grid every result is snapped to (a power of two, so snapping is exact)."""
_SCALE = 2.0**20


@overload
def q(x: float) -> float: ...
@overload
def q(x: F) -> F: ...
def q(x: float | F) -> float | F:
    """Snap ``x`` to the ``QUANTUM`` grid (exact: scaling by a power of two loses nothing)."""
    if isinstance(x, float | int):
        v = float(x)
        return float(round(v * _SCALE)) / _SCALE if math.isfinite(v) else v
    return np.asarray(np.rint(np.asarray(x, dtype=np.float64) * _SCALE) / _SCALE)


# ----------------------------------------------------------------- element-wise, arrays


def sin(x: F | float) -> F:
    return q(np.sin(np.asarray(x, dtype=np.float64)))


def cos(x: F | float) -> F:
    return q(np.cos(np.asarray(x, dtype=np.float64)))


def arctan2(y: F | float, x: F | float) -> F:
    return q(np.arctan2(np.asarray(y, dtype=np.float64), np.asarray(x, dtype=np.float64)))


def exp(x: F | float) -> F:
    return q(np.exp(np.asarray(x, dtype=np.float64)))


def power(x: F | float, p: float) -> F:
    """``x ** p`` for a non-integer ``p`` (integer powers are plain multiplies: use ``**``)."""
    return q(np.power(np.asarray(x, dtype=np.float64), p))


def hypot(x: F | float, y: F | float) -> F:
    """``sqrt(x*x + y*y)``: correctly rounded square root of an exact-as-possible sum."""
    xa, ya = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    return q(np.sqrt(xa * xa + ya * ya))


def norms(v: F) -> F:
    """Length of each row of an ``(n, 2)`` array (no BLAS)."""
    return hypot(v[..., 0], v[..., 1])


# ----------------------------------------------------------------- scalars


def sin1(x: float) -> float:
    return q(math.sin(x))


def cos1(x: float) -> float:
    return q(math.cos(x))


def tan1(x: float) -> float:
    return q(math.tan(x))


def atan2_1(y: float, x: float) -> float:
    return q(math.atan2(y, x))


def hypot1(x: float, y: float) -> float:
    return q(math.sqrt(x * x + y * y))


def dot2(a: F | tuple[float, float], b: F | tuple[float, float]) -> float:
    """``a . b`` of two 2-vectors in plain Python floats (no BLAS, no fused multiply-add)."""
    return float(a[0]) * float(b[0]) + float(a[1]) * float(b[1])


def norm2(v: F | tuple[float, float]) -> float:
    return hypot1(float(v[0]), float(v[1]))


# ----------------------------------------------------------------- compound kernels


def interp(x: F, xp: F, fp: F) -> F:
    """``np.interp`` (increasing ``xp``), snapped."""
    return q(np.interp(x, xp, fp))


def smooth_periodic(white: F, gain: F) -> F:
    """``white`` filtered by ``gain`` in the frequency domain (a circular convolution), snapped."""
    return q(np.fft.ifft2(np.fft.fft2(white) * gain).real)


def spectrum_to_field(spec: npt.NDArray[np.complex128]) -> F:
    """The real part of the inverse 2-D FFT of ``spec``, snapped."""
    return q(np.fft.ifft2(spec).real)


def running_mean(x: F, width: int) -> F:
    """Centred moving average over ``width`` samples (``np.convolve(..., "same")``), snapped."""
    return q(np.convolve(x, np.ones(width) / width, mode="same"))


def normalised(n: F, eps: float) -> F:
    """``n`` divided by its standard deviation (a reduction: order-dependent bits), snapped."""
    return q(n / (q(float(n.std())) + eps))
