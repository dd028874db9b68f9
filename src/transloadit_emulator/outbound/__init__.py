"""Outbound clients: the emulator's connections to other services on behalf of robots.

``http_fetch`` (http(s) downloads with the private-address rules) and ``s3`` (boto3). Robots and
engines reach the network only through here; this package imports nothing of the emulator but
``errors`` and configuration.
"""
