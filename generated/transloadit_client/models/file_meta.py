from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_meta_faces_item import FileMetaFacesItem


T = TypeVar("T", bound="FileMeta")


@_attrs_define
class FileMeta:
    """Metadata extracted from a file. Images: dimensions, colour, EXIF, IPTC, XMP.
    Video and audio: duration, codecs, bitrates, tags.
    `/file/hash` adds `hash`, `/image/facedetect` adds `faces`, `/file/preview` adds `preview_strategy`.
    A Step's `output_meta` adds `dominant_colors`, `blurhash`, `thumbhash` (with `has_alpha`), `interlaced` and
    `mean_volume` to its result files on request, or (`false`) leaves only the robot's own keys.
    Image text found in several places comes from XMP first, then IPTC, then EXIF
    (IPTC first when Photoshop's IPTC digest shows it was edited after the XMP).

        Attributes:
            width (int | None | Unset):
            height (int | None | Unset):
            aspect_ratio (None | str | Unset): Width / height with 3 decimals, e.g. "1.500".
            average_color (None | str | Unset):
            colorspace (None | str | Unset): Images: "RGB", "Gray", "CMYK", ... Video, with `output_meta` `colorspace`: the
                stream's colour space as FFmpeg names it ("bt709", "bt470bg", "smpte170m", ...).
            has_transparency (bool | None | Unset):
            has_clipping_path (bool | None | Unset):
            frame_count (int | None | Unset):
            orientation (int | None | Unset):
            date_recorded (None | str | Unset):
            date_file_created (None | str | Unset): When the file was created on the file system (its birth time, else its
                inode change time), e.g. "2010/06/30 22:16:06 GMT".
            date_file_modified (None | str | Unset):
            title (None | str | Unset): Image title: XMP `dc:title`, IPTC Object Name or EXIF XPTitle, e.g. "Tree".
            description (None | str | Unset): Image description: XMP `dc:description`, IPTC Caption/Abstract or EXIF
                ImageDescription.
            keywords (list[str] | None | Unset): Keywords: XMP `dc:subject`, IPTC Keywords or EXIF XPKeywords, e.g. ["tree",
                "nature"].
            location (None | str | Unset): Where the image was taken, usually the street: XMP `Iptc4xmpCore:Location` or
                IPTC Sub-location.
            city (None | str | Unset): XMP `photoshop:City` or IPTC City, e.g. "Berlin".
            state (None | str | Unset): XMP `photoshop:State` or IPTC Province/State.
            country (None | str | Unset): XMP `photoshop:Country` or IPTC Country/Primary Location Name, e.g. "Germany".
            country_code (None | str | Unset): XMP `Iptc4xmpCore:CountryCode` or IPTC Country Code, as the file has it (e.g.
                "de", "DEU").
            creator (None | str | Unset): Who took the image: XMP `dc:creator`, IPTC By-line or EXIF Artist; several are
                joined with ", ".
            author (None | str | Unset): The credited author: XMP `photoshop:Credit`, IPTC Credit or EXIF XPAuthor.
            copyright_ (None | str | Unset): XMP `dc:rights`, IPTC Copyright Notice or EXIF Copyright.
            copyright_notice (None | str | Unset): IPTC's Copyright Notice field: XMP `dc:rights` or IPTC 2:116.
            aperture (float | None | Unset):
            exposure_compensation (float | None | str | Unset): Exposure bias in EV as exiftool prints it, e.g. "+4/3",
                "-1/2", "0". The emulator always answers a string; exiftool-based services may send plain numbers such as 0 or
                -1.
            exposure_mode (None | str | Unset): "Auto", "Manual" or "Auto bracket".
            exposure_time (Any | Unset):
            flash (None | str | Unset): The EXIF Flash value in words, e.g. "Off, Did not fire", "Auto, Fired, Red-eye
                reduction".
            focal_length (Any | Unset):
            f_number (float | None | Unset):
            iso (float | None | Unset):
            light_value (float | None | Unset): Light value (exposure at ISO 100), 2*log2(f-number) - log2(exposure time) -
                log2(ISO/100), to 1 decimal, e.g. 6.9.
            metering_mode (None | str | Unset): "Average", "Center-weighted average", "Spot", "Multi-spot", "Multi-segment",
                "Partial", "Other" or "Unknown".
            shutter_speed (float | None | str | Unset): The exposure time, or else the APEX ShutterSpeedValue, printed like
                `exposure_time`: "1/32", "0.5", "2". The emulator always answers a string.
            white_balance (None | str | Unset): "Auto" or "Manual".
            device_name (None | str | Unset):
            device_vendor (None | str | Unset):
            device_software (None | str | Unset):
            latitude (float | None | Unset):
            longitude (float | None | Unset):
            duration (float | None | Unset):
            framerate (float | None | Unset):
            video_bitrate (int | None | Unset):
            video_codec (None | str | Unset):
            overall_bitrate (int | None | Unset):
            audio_bitrate (int | None | Unset):
            audio_samplerate (int | None | Unset):
            audio_channels (int | None | Unset):
            audio_codec (None | str | Unset):
            seekable (bool | None | Unset):
            rotation (int | None | Unset):
            artist (None | str | Unset):
            album (None | str | Unset):
            year (Any | Unset):
            genre (None | str | Unset):
            thumb_index (int | None | Unset):
            thumb_offset (float | None | Unset):
            page_count (int | None | Unset):
            preview_strategy (None | str | Unset): Set by `/file/preview`: the strategy that made the preview (`image`,
                `artwork`, `frame`, `clip`, `waveform`, `page` or `icon`).
            hash_ (None | str | Unset): Set by `/file/hash`.
            dominant_colors (list[str] | None | Unset): With `output_meta` `dominant_colors` (images): up to 5 colours, most
                common first, e.g. ["#c81e1e", "#1428c8"].
            blurhash (None | str | Unset): With `output_meta` `blurhash` (images), the BlurHash (4 x 3 components, 28
                characters).
            thumbhash (None | str | Unset): With `output_meta` `thumbhash` (images), the ThumbHash bytes in base64.
            has_alpha (bool | None | Unset): With `output_meta` `thumbhash` (images), whether the image has an alpha
                channel, even if all its pixels are opaque.
            interlaced (bool | None | Unset): With `output_meta` `interlaced`, whether the image is progressive or
                interlaced (JPEG, PNG, GIF), or the video stream interlaced.
            mean_volume (float | None | Unset): With `output_meta` `mean_volume` (audio, video with sound), the mean volume
                in dB to one decimal, as ffmpeg's `volumedetect` prints it, e.g. -20.5; -91 for digital silence.
            faces (list[FileMetaFacesItem] | Unset):
    """

    width: int | None | Unset = UNSET
    height: int | None | Unset = UNSET
    aspect_ratio: None | str | Unset = UNSET
    average_color: None | str | Unset = UNSET
    colorspace: None | str | Unset = UNSET
    has_transparency: bool | None | Unset = UNSET
    has_clipping_path: bool | None | Unset = UNSET
    frame_count: int | None | Unset = UNSET
    orientation: int | None | Unset = UNSET
    date_recorded: None | str | Unset = UNSET
    date_file_created: None | str | Unset = UNSET
    date_file_modified: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    keywords: list[str] | None | Unset = UNSET
    location: None | str | Unset = UNSET
    city: None | str | Unset = UNSET
    state: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    country_code: None | str | Unset = UNSET
    creator: None | str | Unset = UNSET
    author: None | str | Unset = UNSET
    copyright_: None | str | Unset = UNSET
    copyright_notice: None | str | Unset = UNSET
    aperture: float | None | Unset = UNSET
    exposure_compensation: float | None | str | Unset = UNSET
    exposure_mode: None | str | Unset = UNSET
    exposure_time: Any | Unset = UNSET
    flash: None | str | Unset = UNSET
    focal_length: Any | Unset = UNSET
    f_number: float | None | Unset = UNSET
    iso: float | None | Unset = UNSET
    light_value: float | None | Unset = UNSET
    metering_mode: None | str | Unset = UNSET
    shutter_speed: float | None | str | Unset = UNSET
    white_balance: None | str | Unset = UNSET
    device_name: None | str | Unset = UNSET
    device_vendor: None | str | Unset = UNSET
    device_software: None | str | Unset = UNSET
    latitude: float | None | Unset = UNSET
    longitude: float | None | Unset = UNSET
    duration: float | None | Unset = UNSET
    framerate: float | None | Unset = UNSET
    video_bitrate: int | None | Unset = UNSET
    video_codec: None | str | Unset = UNSET
    overall_bitrate: int | None | Unset = UNSET
    audio_bitrate: int | None | Unset = UNSET
    audio_samplerate: int | None | Unset = UNSET
    audio_channels: int | None | Unset = UNSET
    audio_codec: None | str | Unset = UNSET
    seekable: bool | None | Unset = UNSET
    rotation: int | None | Unset = UNSET
    artist: None | str | Unset = UNSET
    album: None | str | Unset = UNSET
    year: Any | Unset = UNSET
    genre: None | str | Unset = UNSET
    thumb_index: int | None | Unset = UNSET
    thumb_offset: float | None | Unset = UNSET
    page_count: int | None | Unset = UNSET
    preview_strategy: None | str | Unset = UNSET
    hash_: None | str | Unset = UNSET
    dominant_colors: list[str] | None | Unset = UNSET
    blurhash: None | str | Unset = UNSET
    thumbhash: None | str | Unset = UNSET
    has_alpha: bool | None | Unset = UNSET
    interlaced: bool | None | Unset = UNSET
    mean_volume: float | None | Unset = UNSET
    faces: list[FileMetaFacesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        width: int | None | Unset
        if isinstance(self.width, Unset):
            width = UNSET
        else:
            width = self.width

        height: int | None | Unset
        if isinstance(self.height, Unset):
            height = UNSET
        else:
            height = self.height

        aspect_ratio: None | str | Unset
        if isinstance(self.aspect_ratio, Unset):
            aspect_ratio = UNSET
        else:
            aspect_ratio = self.aspect_ratio

        average_color: None | str | Unset
        if isinstance(self.average_color, Unset):
            average_color = UNSET
        else:
            average_color = self.average_color

        colorspace: None | str | Unset
        if isinstance(self.colorspace, Unset):
            colorspace = UNSET
        else:
            colorspace = self.colorspace

        has_transparency: bool | None | Unset
        if isinstance(self.has_transparency, Unset):
            has_transparency = UNSET
        else:
            has_transparency = self.has_transparency

        has_clipping_path: bool | None | Unset
        if isinstance(self.has_clipping_path, Unset):
            has_clipping_path = UNSET
        else:
            has_clipping_path = self.has_clipping_path

        frame_count: int | None | Unset
        if isinstance(self.frame_count, Unset):
            frame_count = UNSET
        else:
            frame_count = self.frame_count

        orientation: int | None | Unset
        if isinstance(self.orientation, Unset):
            orientation = UNSET
        else:
            orientation = self.orientation

        date_recorded: None | str | Unset
        if isinstance(self.date_recorded, Unset):
            date_recorded = UNSET
        else:
            date_recorded = self.date_recorded

        date_file_created: None | str | Unset
        if isinstance(self.date_file_created, Unset):
            date_file_created = UNSET
        else:
            date_file_created = self.date_file_created

        date_file_modified: None | str | Unset
        if isinstance(self.date_file_modified, Unset):
            date_file_modified = UNSET
        else:
            date_file_modified = self.date_file_modified

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        keywords: list[str] | None | Unset
        if isinstance(self.keywords, Unset):
            keywords = UNSET
        elif isinstance(self.keywords, list):
            keywords = self.keywords

        else:
            keywords = self.keywords

        location: None | str | Unset
        if isinstance(self.location, Unset):
            location = UNSET
        else:
            location = self.location

        city: None | str | Unset
        if isinstance(self.city, Unset):
            city = UNSET
        else:
            city = self.city

        state: None | str | Unset
        if isinstance(self.state, Unset):
            state = UNSET
        else:
            state = self.state

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        country_code: None | str | Unset
        if isinstance(self.country_code, Unset):
            country_code = UNSET
        else:
            country_code = self.country_code

        creator: None | str | Unset
        if isinstance(self.creator, Unset):
            creator = UNSET
        else:
            creator = self.creator

        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        copyright_: None | str | Unset
        if isinstance(self.copyright_, Unset):
            copyright_ = UNSET
        else:
            copyright_ = self.copyright_

        copyright_notice: None | str | Unset
        if isinstance(self.copyright_notice, Unset):
            copyright_notice = UNSET
        else:
            copyright_notice = self.copyright_notice

        aperture: float | None | Unset
        if isinstance(self.aperture, Unset):
            aperture = UNSET
        else:
            aperture = self.aperture

        exposure_compensation: float | None | str | Unset
        if isinstance(self.exposure_compensation, Unset):
            exposure_compensation = UNSET
        else:
            exposure_compensation = self.exposure_compensation

        exposure_mode: None | str | Unset
        if isinstance(self.exposure_mode, Unset):
            exposure_mode = UNSET
        else:
            exposure_mode = self.exposure_mode

        exposure_time = self.exposure_time

        flash: None | str | Unset
        if isinstance(self.flash, Unset):
            flash = UNSET
        else:
            flash = self.flash

        focal_length = self.focal_length

        f_number: float | None | Unset
        if isinstance(self.f_number, Unset):
            f_number = UNSET
        else:
            f_number = self.f_number

        iso: float | None | Unset
        if isinstance(self.iso, Unset):
            iso = UNSET
        else:
            iso = self.iso

        light_value: float | None | Unset
        if isinstance(self.light_value, Unset):
            light_value = UNSET
        else:
            light_value = self.light_value

        metering_mode: None | str | Unset
        if isinstance(self.metering_mode, Unset):
            metering_mode = UNSET
        else:
            metering_mode = self.metering_mode

        shutter_speed: float | None | str | Unset
        if isinstance(self.shutter_speed, Unset):
            shutter_speed = UNSET
        else:
            shutter_speed = self.shutter_speed

        white_balance: None | str | Unset
        if isinstance(self.white_balance, Unset):
            white_balance = UNSET
        else:
            white_balance = self.white_balance

        device_name: None | str | Unset
        if isinstance(self.device_name, Unset):
            device_name = UNSET
        else:
            device_name = self.device_name

        device_vendor: None | str | Unset
        if isinstance(self.device_vendor, Unset):
            device_vendor = UNSET
        else:
            device_vendor = self.device_vendor

        device_software: None | str | Unset
        if isinstance(self.device_software, Unset):
            device_software = UNSET
        else:
            device_software = self.device_software

        latitude: float | None | Unset
        if isinstance(self.latitude, Unset):
            latitude = UNSET
        else:
            latitude = self.latitude

        longitude: float | None | Unset
        if isinstance(self.longitude, Unset):
            longitude = UNSET
        else:
            longitude = self.longitude

        duration: float | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        framerate: float | None | Unset
        if isinstance(self.framerate, Unset):
            framerate = UNSET
        else:
            framerate = self.framerate

        video_bitrate: int | None | Unset
        if isinstance(self.video_bitrate, Unset):
            video_bitrate = UNSET
        else:
            video_bitrate = self.video_bitrate

        video_codec: None | str | Unset
        if isinstance(self.video_codec, Unset):
            video_codec = UNSET
        else:
            video_codec = self.video_codec

        overall_bitrate: int | None | Unset
        if isinstance(self.overall_bitrate, Unset):
            overall_bitrate = UNSET
        else:
            overall_bitrate = self.overall_bitrate

        audio_bitrate: int | None | Unset
        if isinstance(self.audio_bitrate, Unset):
            audio_bitrate = UNSET
        else:
            audio_bitrate = self.audio_bitrate

        audio_samplerate: int | None | Unset
        if isinstance(self.audio_samplerate, Unset):
            audio_samplerate = UNSET
        else:
            audio_samplerate = self.audio_samplerate

        audio_channels: int | None | Unset
        if isinstance(self.audio_channels, Unset):
            audio_channels = UNSET
        else:
            audio_channels = self.audio_channels

        audio_codec: None | str | Unset
        if isinstance(self.audio_codec, Unset):
            audio_codec = UNSET
        else:
            audio_codec = self.audio_codec

        seekable: bool | None | Unset
        if isinstance(self.seekable, Unset):
            seekable = UNSET
        else:
            seekable = self.seekable

        rotation: int | None | Unset
        if isinstance(self.rotation, Unset):
            rotation = UNSET
        else:
            rotation = self.rotation

        artist: None | str | Unset
        if isinstance(self.artist, Unset):
            artist = UNSET
        else:
            artist = self.artist

        album: None | str | Unset
        if isinstance(self.album, Unset):
            album = UNSET
        else:
            album = self.album

        year = self.year

        genre: None | str | Unset
        if isinstance(self.genre, Unset):
            genre = UNSET
        else:
            genre = self.genre

        thumb_index: int | None | Unset
        if isinstance(self.thumb_index, Unset):
            thumb_index = UNSET
        else:
            thumb_index = self.thumb_index

        thumb_offset: float | None | Unset
        if isinstance(self.thumb_offset, Unset):
            thumb_offset = UNSET
        else:
            thumb_offset = self.thumb_offset

        page_count: int | None | Unset
        if isinstance(self.page_count, Unset):
            page_count = UNSET
        else:
            page_count = self.page_count

        preview_strategy: None | str | Unset
        if isinstance(self.preview_strategy, Unset):
            preview_strategy = UNSET
        else:
            preview_strategy = self.preview_strategy

        hash_: None | str | Unset
        if isinstance(self.hash_, Unset):
            hash_ = UNSET
        else:
            hash_ = self.hash_

        dominant_colors: list[str] | None | Unset
        if isinstance(self.dominant_colors, Unset):
            dominant_colors = UNSET
        elif isinstance(self.dominant_colors, list):
            dominant_colors = self.dominant_colors

        else:
            dominant_colors = self.dominant_colors

        blurhash: None | str | Unset
        if isinstance(self.blurhash, Unset):
            blurhash = UNSET
        else:
            blurhash = self.blurhash

        thumbhash: None | str | Unset
        if isinstance(self.thumbhash, Unset):
            thumbhash = UNSET
        else:
            thumbhash = self.thumbhash

        has_alpha: bool | None | Unset
        if isinstance(self.has_alpha, Unset):
            has_alpha = UNSET
        else:
            has_alpha = self.has_alpha

        interlaced: bool | None | Unset
        if isinstance(self.interlaced, Unset):
            interlaced = UNSET
        else:
            interlaced = self.interlaced

        mean_volume: float | None | Unset
        if isinstance(self.mean_volume, Unset):
            mean_volume = UNSET
        else:
            mean_volume = self.mean_volume

        faces: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.faces, Unset):
            faces = []
            for faces_item_data in self.faces:
                faces_item = faces_item_data.to_dict()
                faces.append(faces_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if aspect_ratio is not UNSET:
            field_dict["aspect_ratio"] = aspect_ratio
        if average_color is not UNSET:
            field_dict["average_color"] = average_color
        if colorspace is not UNSET:
            field_dict["colorspace"] = colorspace
        if has_transparency is not UNSET:
            field_dict["has_transparency"] = has_transparency
        if has_clipping_path is not UNSET:
            field_dict["has_clipping_path"] = has_clipping_path
        if frame_count is not UNSET:
            field_dict["frame_count"] = frame_count
        if orientation is not UNSET:
            field_dict["orientation"] = orientation
        if date_recorded is not UNSET:
            field_dict["date_recorded"] = date_recorded
        if date_file_created is not UNSET:
            field_dict["date_file_created"] = date_file_created
        if date_file_modified is not UNSET:
            field_dict["date_file_modified"] = date_file_modified
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if keywords is not UNSET:
            field_dict["keywords"] = keywords
        if location is not UNSET:
            field_dict["location"] = location
        if city is not UNSET:
            field_dict["city"] = city
        if state is not UNSET:
            field_dict["state"] = state
        if country is not UNSET:
            field_dict["country"] = country
        if country_code is not UNSET:
            field_dict["country_code"] = country_code
        if creator is not UNSET:
            field_dict["creator"] = creator
        if author is not UNSET:
            field_dict["author"] = author
        if copyright_ is not UNSET:
            field_dict["copyright"] = copyright_
        if copyright_notice is not UNSET:
            field_dict["copyright_notice"] = copyright_notice
        if aperture is not UNSET:
            field_dict["aperture"] = aperture
        if exposure_compensation is not UNSET:
            field_dict["exposure_compensation"] = exposure_compensation
        if exposure_mode is not UNSET:
            field_dict["exposure_mode"] = exposure_mode
        if exposure_time is not UNSET:
            field_dict["exposure_time"] = exposure_time
        if flash is not UNSET:
            field_dict["flash"] = flash
        if focal_length is not UNSET:
            field_dict["focal_length"] = focal_length
        if f_number is not UNSET:
            field_dict["f_number"] = f_number
        if iso is not UNSET:
            field_dict["iso"] = iso
        if light_value is not UNSET:
            field_dict["light_value"] = light_value
        if metering_mode is not UNSET:
            field_dict["metering_mode"] = metering_mode
        if shutter_speed is not UNSET:
            field_dict["shutter_speed"] = shutter_speed
        if white_balance is not UNSET:
            field_dict["white_balance"] = white_balance
        if device_name is not UNSET:
            field_dict["device_name"] = device_name
        if device_vendor is not UNSET:
            field_dict["device_vendor"] = device_vendor
        if device_software is not UNSET:
            field_dict["device_software"] = device_software
        if latitude is not UNSET:
            field_dict["latitude"] = latitude
        if longitude is not UNSET:
            field_dict["longitude"] = longitude
        if duration is not UNSET:
            field_dict["duration"] = duration
        if framerate is not UNSET:
            field_dict["framerate"] = framerate
        if video_bitrate is not UNSET:
            field_dict["video_bitrate"] = video_bitrate
        if video_codec is not UNSET:
            field_dict["video_codec"] = video_codec
        if overall_bitrate is not UNSET:
            field_dict["overall_bitrate"] = overall_bitrate
        if audio_bitrate is not UNSET:
            field_dict["audio_bitrate"] = audio_bitrate
        if audio_samplerate is not UNSET:
            field_dict["audio_samplerate"] = audio_samplerate
        if audio_channels is not UNSET:
            field_dict["audio_channels"] = audio_channels
        if audio_codec is not UNSET:
            field_dict["audio_codec"] = audio_codec
        if seekable is not UNSET:
            field_dict["seekable"] = seekable
        if rotation is not UNSET:
            field_dict["rotation"] = rotation
        if artist is not UNSET:
            field_dict["artist"] = artist
        if album is not UNSET:
            field_dict["album"] = album
        if year is not UNSET:
            field_dict["year"] = year
        if genre is not UNSET:
            field_dict["genre"] = genre
        if thumb_index is not UNSET:
            field_dict["thumb_index"] = thumb_index
        if thumb_offset is not UNSET:
            field_dict["thumb_offset"] = thumb_offset
        if page_count is not UNSET:
            field_dict["page_count"] = page_count
        if preview_strategy is not UNSET:
            field_dict["preview_strategy"] = preview_strategy
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if dominant_colors is not UNSET:
            field_dict["dominant_colors"] = dominant_colors
        if blurhash is not UNSET:
            field_dict["blurhash"] = blurhash
        if thumbhash is not UNSET:
            field_dict["thumbhash"] = thumbhash
        if has_alpha is not UNSET:
            field_dict["has_alpha"] = has_alpha
        if interlaced is not UNSET:
            field_dict["interlaced"] = interlaced
        if mean_volume is not UNSET:
            field_dict["mean_volume"] = mean_volume
        if faces is not UNSET:
            field_dict["faces"] = faces

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.file_meta_faces_item import FileMetaFacesItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_width(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        width = _parse_width(d.pop("width", UNSET))

        def _parse_height(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        height = _parse_height(d.pop("height", UNSET))

        def _parse_aspect_ratio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aspect_ratio = _parse_aspect_ratio(d.pop("aspect_ratio", UNSET))

        def _parse_average_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        average_color = _parse_average_color(d.pop("average_color", UNSET))

        def _parse_colorspace(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        colorspace = _parse_colorspace(d.pop("colorspace", UNSET))

        def _parse_has_transparency(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_transparency = _parse_has_transparency(d.pop("has_transparency", UNSET))

        def _parse_has_clipping_path(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_clipping_path = _parse_has_clipping_path(d.pop("has_clipping_path", UNSET))

        def _parse_frame_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        frame_count = _parse_frame_count(d.pop("frame_count", UNSET))

        def _parse_orientation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        orientation = _parse_orientation(d.pop("orientation", UNSET))

        def _parse_date_recorded(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_recorded = _parse_date_recorded(d.pop("date_recorded", UNSET))

        def _parse_date_file_created(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_file_created = _parse_date_file_created(d.pop("date_file_created", UNSET))

        def _parse_date_file_modified(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_file_modified = _parse_date_file_modified(d.pop("date_file_modified", UNSET))

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_keywords(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                keywords_type_0 = cast(list[str], data)

                return keywords_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        keywords = _parse_keywords(d.pop("keywords", UNSET))

        def _parse_location(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location = _parse_location(d.pop("location", UNSET))

        def _parse_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        city = _parse_city(d.pop("city", UNSET))

        def _parse_state(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        state = _parse_state(d.pop("state", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country_code = _parse_country_code(d.pop("country_code", UNSET))

        def _parse_creator(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creator = _parse_creator(d.pop("creator", UNSET))

        def _parse_author(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_copyright_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copyright_ = _parse_copyright_(d.pop("copyright", UNSET))

        def _parse_copyright_notice(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        copyright_notice = _parse_copyright_notice(d.pop("copyright_notice", UNSET))

        def _parse_aperture(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        aperture = _parse_aperture(d.pop("aperture", UNSET))

        def _parse_exposure_compensation(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        exposure_compensation = _parse_exposure_compensation(d.pop("exposure_compensation", UNSET))

        def _parse_exposure_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exposure_mode = _parse_exposure_mode(d.pop("exposure_mode", UNSET))

        exposure_time = d.pop("exposure_time", UNSET)

        def _parse_flash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flash = _parse_flash(d.pop("flash", UNSET))

        focal_length = d.pop("focal_length", UNSET)

        def _parse_f_number(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        f_number = _parse_f_number(d.pop("f_number", UNSET))

        def _parse_iso(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        iso = _parse_iso(d.pop("iso", UNSET))

        def _parse_light_value(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        light_value = _parse_light_value(d.pop("light_value", UNSET))

        def _parse_metering_mode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        metering_mode = _parse_metering_mode(d.pop("metering_mode", UNSET))

        def _parse_shutter_speed(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        shutter_speed = _parse_shutter_speed(d.pop("shutter_speed", UNSET))

        def _parse_white_balance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        white_balance = _parse_white_balance(d.pop("white_balance", UNSET))

        def _parse_device_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_name = _parse_device_name(d.pop("device_name", UNSET))

        def _parse_device_vendor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_vendor = _parse_device_vendor(d.pop("device_vendor", UNSET))

        def _parse_device_software(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_software = _parse_device_software(d.pop("device_software", UNSET))

        def _parse_latitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        latitude = _parse_latitude(d.pop("latitude", UNSET))

        def _parse_longitude(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        longitude = _parse_longitude(d.pop("longitude", UNSET))

        def _parse_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        def _parse_framerate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        framerate = _parse_framerate(d.pop("framerate", UNSET))

        def _parse_video_bitrate(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        video_bitrate = _parse_video_bitrate(d.pop("video_bitrate", UNSET))

        def _parse_video_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        video_codec = _parse_video_codec(d.pop("video_codec", UNSET))

        def _parse_overall_bitrate(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        overall_bitrate = _parse_overall_bitrate(d.pop("overall_bitrate", UNSET))

        def _parse_audio_bitrate(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_bitrate = _parse_audio_bitrate(d.pop("audio_bitrate", UNSET))

        def _parse_audio_samplerate(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_samplerate = _parse_audio_samplerate(d.pop("audio_samplerate", UNSET))

        def _parse_audio_channels(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        audio_channels = _parse_audio_channels(d.pop("audio_channels", UNSET))

        def _parse_audio_codec(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        audio_codec = _parse_audio_codec(d.pop("audio_codec", UNSET))

        def _parse_seekable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        seekable = _parse_seekable(d.pop("seekable", UNSET))

        def _parse_rotation(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        rotation = _parse_rotation(d.pop("rotation", UNSET))

        def _parse_artist(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        artist = _parse_artist(d.pop("artist", UNSET))

        def _parse_album(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        album = _parse_album(d.pop("album", UNSET))

        year = d.pop("year", UNSET)

        def _parse_genre(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        genre = _parse_genre(d.pop("genre", UNSET))

        def _parse_thumb_index(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        thumb_index = _parse_thumb_index(d.pop("thumb_index", UNSET))

        def _parse_thumb_offset(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        thumb_offset = _parse_thumb_offset(d.pop("thumb_offset", UNSET))

        def _parse_page_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        page_count = _parse_page_count(d.pop("page_count", UNSET))

        def _parse_preview_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_strategy = _parse_preview_strategy(d.pop("preview_strategy", UNSET))

        def _parse_hash_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hash_ = _parse_hash_(d.pop("hash", UNSET))

        def _parse_dominant_colors(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dominant_colors_type_0 = cast(list[str], data)

                return dominant_colors_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        dominant_colors = _parse_dominant_colors(d.pop("dominant_colors", UNSET))

        def _parse_blurhash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        blurhash = _parse_blurhash(d.pop("blurhash", UNSET))

        def _parse_thumbhash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thumbhash = _parse_thumbhash(d.pop("thumbhash", UNSET))

        def _parse_has_alpha(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        has_alpha = _parse_has_alpha(d.pop("has_alpha", UNSET))

        def _parse_interlaced(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        interlaced = _parse_interlaced(d.pop("interlaced", UNSET))

        def _parse_mean_volume(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        mean_volume = _parse_mean_volume(d.pop("mean_volume", UNSET))

        _faces = d.pop("faces", UNSET)
        faces: list[FileMetaFacesItem] | Unset = UNSET
        if _faces is not UNSET:
            faces = []
            for faces_item_data in _faces:
                faces_item = FileMetaFacesItem.from_dict(faces_item_data)

                faces.append(faces_item)

        file_meta = cls(
            width=width,
            height=height,
            aspect_ratio=aspect_ratio,
            average_color=average_color,
            colorspace=colorspace,
            has_transparency=has_transparency,
            has_clipping_path=has_clipping_path,
            frame_count=frame_count,
            orientation=orientation,
            date_recorded=date_recorded,
            date_file_created=date_file_created,
            date_file_modified=date_file_modified,
            title=title,
            description=description,
            keywords=keywords,
            location=location,
            city=city,
            state=state,
            country=country,
            country_code=country_code,
            creator=creator,
            author=author,
            copyright_=copyright_,
            copyright_notice=copyright_notice,
            aperture=aperture,
            exposure_compensation=exposure_compensation,
            exposure_mode=exposure_mode,
            exposure_time=exposure_time,
            flash=flash,
            focal_length=focal_length,
            f_number=f_number,
            iso=iso,
            light_value=light_value,
            metering_mode=metering_mode,
            shutter_speed=shutter_speed,
            white_balance=white_balance,
            device_name=device_name,
            device_vendor=device_vendor,
            device_software=device_software,
            latitude=latitude,
            longitude=longitude,
            duration=duration,
            framerate=framerate,
            video_bitrate=video_bitrate,
            video_codec=video_codec,
            overall_bitrate=overall_bitrate,
            audio_bitrate=audio_bitrate,
            audio_samplerate=audio_samplerate,
            audio_channels=audio_channels,
            audio_codec=audio_codec,
            seekable=seekable,
            rotation=rotation,
            artist=artist,
            album=album,
            year=year,
            genre=genre,
            thumb_index=thumb_index,
            thumb_offset=thumb_offset,
            page_count=page_count,
            preview_strategy=preview_strategy,
            hash_=hash_,
            dominant_colors=dominant_colors,
            blurhash=blurhash,
            thumbhash=thumbhash,
            has_alpha=has_alpha,
            interlaced=interlaced,
            mean_volume=mean_volume,
            faces=faces,
        )

        file_meta.additional_properties = d
        return file_meta

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
