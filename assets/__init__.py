"""Bundled game assets and the scripts that generate them (see ``assets.art``)."""
