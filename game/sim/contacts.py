"""Sorting a step's contacts into "scrape" and "hit", compiled.

pymunk hands back every contact of a step as flat arrays (body ids, impulse,
point). Most are light scrapes against walls or bumper-to-bumper pushing
that only need a flag; a few are hits that cost damage and make an event.
Doing the sorting in a compiled loop keeps a pack of cars leaning on each
other from costing more than the physics itself.
"""

from __future__ import annotations

import math

import numpy as np
import numpy.typing as npt
from numba import njit


@njit(cache=True)
def sort_contacts(
    body_ids: npt.NDArray[np.uintp],
    floats: npt.NDArray[np.float64],
    sorted_ids: npt.NDArray[np.int64],
    sorted_index: npt.NDArray[np.int64],
    inv_mass: npt.NDArray[np.float64],
    touching_solid: npt.NDArray[np.bool_],
    min_delta_v: float,
    out_hits: npt.NDArray[np.float64],
) -> int:
    """Flag vehicles touching a non-vehicle; list hits of at least ``min_delta_v``.

    ``body_ids`` is (a, b) pairs, ``floats`` rows are (impulse x, impulse y,
    point x, point y). Each hit row of ``out_hits`` is (vehicle, other vehicle
    or -1, impulse, delta_v, point x, point y, other body id); the count is
    returned. ``out_hits`` must have room for two rows per contact.
    """
    n_hits = 0
    n_sorted = sorted_ids.shape[0]
    for k in range(body_ids.shape[0] // 2):
        pair = (-1, -1)
        a = -1
        b = -1
        for side in range(2):
            body = np.int64(body_ids[2 * k + side])
            at = np.searchsorted(sorted_ids, body)
            if at < n_sorted and sorted_ids[at] == body:
                if side == 0:
                    a = sorted_index[at]
                else:
                    b = sorted_index[at]
        pair = (a, b)
        if a < 0 and b < 0:
            continue
        impulse = math.hypot(floats[k, 0], floats[k, 1])
        for side in range(2):
            me = pair[side]
            other = pair[1 - side]
            if me < 0:
                continue
            if other < 0:
                touching_solid[me] = True
            delta_v = impulse * inv_mass[me]
            if delta_v >= min_delta_v:
                row = out_hits[n_hits]
                row[0] = me
                row[1] = other
                row[2] = impulse
                row[3] = delta_v
                row[4] = floats[k, 2]
                row[5] = floats[k, 3]
                row[6] = float(body_ids[2 * k + 1 - side])
                n_hits += 1
    return n_hits
