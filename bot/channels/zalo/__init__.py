"""The Zalo channel: the Zalo Bot Platform (bot-api.zaloplatforms.com) in front of the core."""
