"""The ASGI app for a process manager: `hypercorn server.asgi:app --workers 4`."""

from server.app import create_app

app = create_app()
