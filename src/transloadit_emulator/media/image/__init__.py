"""The image engine (Pillow): what ``/image/resize`` does to a picture, shared by every robot
that makes images (``/file/preview``).

``plan`` is the typed description of one job, ``pipeline`` runs it frame by frame through
``geometry`` (orientation, crop, resize strategies), ``effects``, ``watermark`` and ``text``, and
``encode`` picks output formats and writes files. Colours are read by ``colors``.
"""
