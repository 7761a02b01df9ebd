"""Tests of what shoppers and admins see, in Debian's Chromium driven by Playwright."""
