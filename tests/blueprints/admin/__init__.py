"""Tests of the admin console, through its forms as a browser posts them."""
