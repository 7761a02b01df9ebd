"""Tests of the abandoned-cart sequence."""
