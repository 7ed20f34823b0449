"""Hostile inputs: crafted files a hostile modder or a damaged disk could hand the game.

``python -m tests.hostile.measure`` runs each case in a fresh process and prints its
time, peak memory and the game's answer (see ``measure.py``); the test modules
beside this one check the answers in-process.
"""
