"""The art build's maths stays repeatable: inexact functions only through ``assets.art.exact``.

``tests/levels/test_build.py`` proves today's content survives last-bit
differences; this keeps tomorrow's code from reaching around the rule with a
raw ``np.sin``, a BLAS ``@`` or a ``** 1.5`` that the nudge cannot patch.
"""

from __future__ import annotations

import ast
import math
from pathlib import Path

import numpy as np

from assets.art import exact
from game.paths import LEVELS_DIR
from tests.levels import nudge

ART = Path(exact.__file__).parent
SOURCES = sorted(p for p in ART.glob("*.py") if p.name != "exact.py")
SOURCES.append(LEVELS_DIR / "campaign" / "maps" / "make_maps.py")

INEXACT_NUMPY = set(nudge.NUMPY_FUNCS) | {
    # inexact too, but not patched by the nudge: banned outright
    "float_power",
    "correlate",
    "dot",
    "vdot",
    "matmul",
    "inner",
    "outer_product",
    "einsum",
    "tensordot",
    "polyval",
}
EXACT_FFT = {"fftfreq", "rfftfreq", "fftshift", "ifftshift"}
INEXACT_MATH = set(nudge.MATH_FUNCS) | {
    "sinh",
    "cosh",
    "tanh",
    "expm1",
    "log2",
    "log10",
    "log1p",
    "dist",
    "cbrt",
}


def _violations(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[str] = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.MatMult):
            found.append(f"{where}: '@' (BLAS; use exact.dot2 or plain products)")
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Pow):
            exponent = node.right
            if not (isinstance(exponent, ast.Constant) and isinstance(exponent.value, int)):
                found.append(f"{where}: '**' with a non-integer exponent (use exact.power)")
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            module, name = node.value.id, node.attr
            if module == "np" and name in INEXACT_NUMPY:
                found.append(f"{where}: np.{name} (use assets.art.exact)")
            if module == "math" and name in INEXACT_MATH:
                found.append(f"{where}: math.{name} (use assets.art.exact)")
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Attribute)
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "np"
        ):
            sub = node.value.attr
            if (sub == "fft" and node.attr not in EXACT_FFT) or sub == "linalg":
                found.append(f"{where}: np.{sub}.{node.attr} (use assets.art.exact)")
    return found


def test_art_code_uses_inexact_maths_only_through_the_exact_module() -> None:
    problems = [v for path in SOURCES for v in _violations(path)]
    assert not problems, "\n".join(problems)


def test_the_check_catches_each_kind_of_raw_call(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import math\nimport numpy as np\n"
        "a = np.hypot(1, 2)\nb = math.atan2(1, 2)\nc = x @ y\nd = f ** 1.5\ne = f ** 2\n"
        "g = np.fft.ifft2(s)\nh = np.fft.fftfreq(8)\nk = np.linalg.norm(v)\n",
        encoding="utf-8",
    )
    lines = sorted(int(v.split(":")[1]) for v in _violations(sample))
    assert lines == [3, 4, 5, 6, 8, 10]


def test_snapping_is_exact_and_absorbs_last_bit_differences() -> None:
    x = np.array([0.1, 1.0 / 3.0, 100.0 + 1e-13, -7.25, 1234.56789])
    snapped = exact.q(x)
    assert np.array_equal(exact.q(snapped), snapped)
    assert np.all(np.abs(snapped - x) <= exact.QUANTUM / 2)
    assert np.array_equal(snapped * 2**20, np.rint(snapped * 2**20))
    assert snapped[2] == 100.0
    for direction in (np.inf, -np.inf):
        assert np.array_equal(exact.q(np.nextafter(x, direction)), snapped)
    assert exact.q(math.inf) == math.inf and exact.q(0.30000000000000004) == exact.q(0.3)


def test_the_wrappers_agree_with_the_true_functions_to_the_quantum() -> None:
    a = np.linspace(-3.0, 3.0, 61)
    assert np.all(np.abs(exact.sin(a) - np.sin(a)) <= exact.QUANTUM)
    assert np.all(np.abs(exact.arctan2(a, 1.5) - np.arctan2(a, 1.5)) <= exact.QUANTUM)
    assert exact.hypot1(3.0, 4.0) == 5.0 and exact.norm2((6.0, 8.0)) == 10.0
    assert exact.dot2((1.5, 2.0), (4.0, -1.0)) == 4.0
    assert float(exact.power(np.array(4.0), 1.5)) == 8.0
