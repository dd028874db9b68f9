"""The emulator's control plane (``/_emulator/...``): reset, accounts, faults, clock, outbox, requests.

Each part is a small core object the services it steers receive through their constructors
(faults go to the executor, the limits and the Notification sender; the clock to everything that
reads time); ``service.ControlPlane`` authenticates the operations and answers them.
"""
