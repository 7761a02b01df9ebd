"""Tests of the HTTP surfaces: widget API, store API, pages."""
