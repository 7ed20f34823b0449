"""Fixtures shared by simulation tests."""

from __future__ import annotations

import pytest

from game.content.vehicles import load_vehicles
from game.paths import VEHICLES_FILE
from game.sim.vehicle import VehicleSpec


@pytest.fixture(scope="session")
def specs() -> dict[str, VehicleSpec]:
    return load_vehicles(VEHICLES_FILE)
