"""The web face: signed links to report files, the read-only dashboard, the Telegram Mini App.

One small ASGI application (Starlette, Jinja2 templates rendered on the server) that
``nhacviec run`` serves beside the channels, in the same process. Nothing is reachable
without a link signed for one person (:mod:`bot.web.signing`) or an identity Telegram
vouched for (:mod:`bot.web.initdata`); what a page shows is what the person's role sees in
the chat, from the one aggregation of :mod:`models.report`.
"""
