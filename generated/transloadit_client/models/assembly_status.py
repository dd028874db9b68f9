from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assembly_file import AssemblyFile
    from ..models.assembly_status_fields import AssemblyStatusFields
    from ..models.assembly_status_ignored_errors_item import AssemblyStatusIgnoredErrorsItem
    from ..models.assembly_status_info import AssemblyStatusInfo
    from ..models.assembly_status_results import AssemblyStatusResults
    from ..models.assembly_status_tus_uploads_item import AssemblyStatusTusUploadsItem
    from ..models.assembly_warning import AssemblyWarning


T = TypeVar("T", bound="AssemblyStatus")


@_attrs_define
class AssemblyStatus:
    """The one status shape used by create, get, cancel, replay and notifications. Running while
    `ok` is `ASSEMBLY_UPLOADING`, `ASSEMBLY_EXECUTING` or `ASSEMBLY_REPLAYING`; any other `ok`,
    or an `error`, is final. `ok` and `error` are open sets of codes (see `OkCode`, `ErrorCode`).

        Attributes:
            ok (None | str | Unset):
            error (None | str | Unset):
            message (None | str | Unset):
            reason (Any | Unset):
            http_code (int | Unset):
            success (bool | Unset): Set on replay responses.
            assembly_id (str | Unset):
            parent_id (None | str | Unset):
            parent_assembly_status (Any | Unset): The URL of the replayed Assembly.
            account_id (None | str | Unset):
            account_name (None | str | Unset):
            account_slug (None | str | Unset):
            api_auth_key_id (None | str | Unset): The id of the Auth Key the Assembly was created with.
            template_id (None | str | Unset):
            template_name (None | str | Unset): The name of the Template `template_id` names.
            template (None | str | Unset):
            usage_tags (str | Unset):
            instance (None | str | Unset):
            region (None | str | Unset):
            build_id (None | str | Unset):
            assembly_url (None | str | Unset):
            assembly_ssl_url (None | str | Unset): The https URL of the status (the emulator: its TLS port).
            companion_url (None | str | Unset):
            uppyserver_url (None | str | Unset):
            tus_url (None | str | Unset):
            websocket_url (None | str | Unset):
            update_stream_url (None | str | Unset):
            bytes_received (int | None | Unset):
            bytes_expected (int | None | Unset):
            bytes_usage (int | None | Unset):
            client_agent (None | str | Unset):
            client_ip (None | str | Unset):
            client_referer (None | str | Unset):
            transloadit_client (None | str | Unset):
            start_date (None | str | Unset): The status's dates (`start_date`, `execution_start`, `last_job_completed`,
                `notify_start`)
                are `Y/m/d H:i:s GMT`, as the live API writes them; listings use RFC 3339.
            upload_duration (float | None | Unset):
            execution_start (None | str | Unset):
            execution_duration (float | None | Unset):
            queue_duration (float | None | Unset):
            jobs_queue_duration (float | None | Unset):
            last_job_completed (None | str | Unset):
            upload_meta_data_extracted (bool | Unset):
            is_infinite (bool | Unset):
            has_dupe_jobs (bool | Unset):
            num_input_files (int | Unset):
            warnings (list[AssemblyWarning] | Unset):
            executing_jobs (list[str] | Unset):
            running_jobs (list[str] | Unset):
            started_jobs (list[str] | Unset): `"<step>::<used step>"` for every Step input that started.
            expected_tus_uploads (int | Unset):
            started_tus_uploads (int | Unset):
            finished_tus_uploads (int | Unset):
            tus_uploads (list[AssemblyStatusTusUploadsItem] | Unset):
            notify_url (None | str | Unset):
            notify_start (None | str | Unset):
            notify_status (None | str | Unset):
            notify_response_code (int | None | Unset):
            notify_response_data (None | str | Unset):
            notify_duration (float | None | Unset):
            notify_error (None | str | Unset):
            params (None | str | Unset): The params as received, with the Auth Key masked.
            merged_params (None | str | Unset):
            fields (AssemblyStatusFields | Unset):
            uploads (list[AssemblyFile] | Unset):
            results (AssemblyStatusResults | Unset): Result files by Step name.
            ignored_errors (list[AssemblyStatusIgnoredErrorsItem] | Unset):
            info (AssemblyStatusInfo | Unset):
    """

    ok: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    reason: Any | Unset = UNSET
    http_code: int | Unset = UNSET
    success: bool | Unset = UNSET
    assembly_id: str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    parent_assembly_status: Any | Unset = UNSET
    account_id: None | str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    account_slug: None | str | Unset = UNSET
    api_auth_key_id: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    template_name: None | str | Unset = UNSET
    template: None | str | Unset = UNSET
    usage_tags: str | Unset = UNSET
    instance: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    build_id: None | str | Unset = UNSET
    assembly_url: None | str | Unset = UNSET
    assembly_ssl_url: None | str | Unset = UNSET
    companion_url: None | str | Unset = UNSET
    uppyserver_url: None | str | Unset = UNSET
    tus_url: None | str | Unset = UNSET
    websocket_url: None | str | Unset = UNSET
    update_stream_url: None | str | Unset = UNSET
    bytes_received: int | None | Unset = UNSET
    bytes_expected: int | None | Unset = UNSET
    bytes_usage: int | None | Unset = UNSET
    client_agent: None | str | Unset = UNSET
    client_ip: None | str | Unset = UNSET
    client_referer: None | str | Unset = UNSET
    transloadit_client: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    upload_duration: float | None | Unset = UNSET
    execution_start: None | str | Unset = UNSET
    execution_duration: float | None | Unset = UNSET
    queue_duration: float | None | Unset = UNSET
    jobs_queue_duration: float | None | Unset = UNSET
    last_job_completed: None | str | Unset = UNSET
    upload_meta_data_extracted: bool | Unset = UNSET
    is_infinite: bool | Unset = UNSET
    has_dupe_jobs: bool | Unset = UNSET
    num_input_files: int | Unset = UNSET
    warnings: list[AssemblyWarning] | Unset = UNSET
    executing_jobs: list[str] | Unset = UNSET
    running_jobs: list[str] | Unset = UNSET
    started_jobs: list[str] | Unset = UNSET
    expected_tus_uploads: int | Unset = UNSET
    started_tus_uploads: int | Unset = UNSET
    finished_tus_uploads: int | Unset = UNSET
    tus_uploads: list[AssemblyStatusTusUploadsItem] | Unset = UNSET
    notify_url: None | str | Unset = UNSET
    notify_start: None | str | Unset = UNSET
    notify_status: None | str | Unset = UNSET
    notify_response_code: int | None | Unset = UNSET
    notify_response_data: None | str | Unset = UNSET
    notify_duration: float | None | Unset = UNSET
    notify_error: None | str | Unset = UNSET
    params: None | str | Unset = UNSET
    merged_params: None | str | Unset = UNSET
    fields: AssemblyStatusFields | Unset = UNSET
    uploads: list[AssemblyFile] | Unset = UNSET
    results: AssemblyStatusResults | Unset = UNSET
    ignored_errors: list[AssemblyStatusIgnoredErrorsItem] | Unset = UNSET
    info: AssemblyStatusInfo | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok: None | str | Unset
        if isinstance(self.ok, Unset):
            ok = UNSET
        else:
            ok = self.ok

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        reason = self.reason

        http_code = self.http_code

        success = self.success

        assembly_id = self.assembly_id

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        parent_assembly_status = self.parent_assembly_status

        account_id: None | str | Unset
        if isinstance(self.account_id, Unset):
            account_id = UNSET
        else:
            account_id = self.account_id

        account_name: None | str | Unset
        if isinstance(self.account_name, Unset):
            account_name = UNSET
        else:
            account_name = self.account_name

        account_slug: None | str | Unset
        if isinstance(self.account_slug, Unset):
            account_slug = UNSET
        else:
            account_slug = self.account_slug

        api_auth_key_id: None | str | Unset
        if isinstance(self.api_auth_key_id, Unset):
            api_auth_key_id = UNSET
        else:
            api_auth_key_id = self.api_auth_key_id

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        else:
            template_id = self.template_id

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        template: None | str | Unset
        if isinstance(self.template, Unset):
            template = UNSET
        else:
            template = self.template

        usage_tags = self.usage_tags

        instance: None | str | Unset
        if isinstance(self.instance, Unset):
            instance = UNSET
        else:
            instance = self.instance

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        build_id: None | str | Unset
        if isinstance(self.build_id, Unset):
            build_id = UNSET
        else:
            build_id = self.build_id

        assembly_url: None | str | Unset
        if isinstance(self.assembly_url, Unset):
            assembly_url = UNSET
        else:
            assembly_url = self.assembly_url

        assembly_ssl_url: None | str | Unset
        if isinstance(self.assembly_ssl_url, Unset):
            assembly_ssl_url = UNSET
        else:
            assembly_ssl_url = self.assembly_ssl_url

        companion_url: None | str | Unset
        if isinstance(self.companion_url, Unset):
            companion_url = UNSET
        else:
            companion_url = self.companion_url

        uppyserver_url: None | str | Unset
        if isinstance(self.uppyserver_url, Unset):
            uppyserver_url = UNSET
        else:
            uppyserver_url = self.uppyserver_url

        tus_url: None | str | Unset
        if isinstance(self.tus_url, Unset):
            tus_url = UNSET
        else:
            tus_url = self.tus_url

        websocket_url: None | str | Unset
        if isinstance(self.websocket_url, Unset):
            websocket_url = UNSET
        else:
            websocket_url = self.websocket_url

        update_stream_url: None | str | Unset
        if isinstance(self.update_stream_url, Unset):
            update_stream_url = UNSET
        else:
            update_stream_url = self.update_stream_url

        bytes_received: int | None | Unset
        if isinstance(self.bytes_received, Unset):
            bytes_received = UNSET
        else:
            bytes_received = self.bytes_received

        bytes_expected: int | None | Unset
        if isinstance(self.bytes_expected, Unset):
            bytes_expected = UNSET
        else:
            bytes_expected = self.bytes_expected

        bytes_usage: int | None | Unset
        if isinstance(self.bytes_usage, Unset):
            bytes_usage = UNSET
        else:
            bytes_usage = self.bytes_usage

        client_agent: None | str | Unset
        if isinstance(self.client_agent, Unset):
            client_agent = UNSET
        else:
            client_agent = self.client_agent

        client_ip: None | str | Unset
        if isinstance(self.client_ip, Unset):
            client_ip = UNSET
        else:
            client_ip = self.client_ip

        client_referer: None | str | Unset
        if isinstance(self.client_referer, Unset):
            client_referer = UNSET
        else:
            client_referer = self.client_referer

        transloadit_client: None | str | Unset
        if isinstance(self.transloadit_client, Unset):
            transloadit_client = UNSET
        else:
            transloadit_client = self.transloadit_client

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        else:
            start_date = self.start_date

        upload_duration: float | None | Unset
        if isinstance(self.upload_duration, Unset):
            upload_duration = UNSET
        else:
            upload_duration = self.upload_duration

        execution_start: None | str | Unset
        if isinstance(self.execution_start, Unset):
            execution_start = UNSET
        else:
            execution_start = self.execution_start

        execution_duration: float | None | Unset
        if isinstance(self.execution_duration, Unset):
            execution_duration = UNSET
        else:
            execution_duration = self.execution_duration

        queue_duration: float | None | Unset
        if isinstance(self.queue_duration, Unset):
            queue_duration = UNSET
        else:
            queue_duration = self.queue_duration

        jobs_queue_duration: float | None | Unset
        if isinstance(self.jobs_queue_duration, Unset):
            jobs_queue_duration = UNSET
        else:
            jobs_queue_duration = self.jobs_queue_duration

        last_job_completed: None | str | Unset
        if isinstance(self.last_job_completed, Unset):
            last_job_completed = UNSET
        else:
            last_job_completed = self.last_job_completed

        upload_meta_data_extracted = self.upload_meta_data_extracted

        is_infinite = self.is_infinite

        has_dupe_jobs = self.has_dupe_jobs

        num_input_files = self.num_input_files

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        executing_jobs: list[str] | Unset = UNSET
        if not isinstance(self.executing_jobs, Unset):
            executing_jobs = self.executing_jobs

        running_jobs: list[str] | Unset = UNSET
        if not isinstance(self.running_jobs, Unset):
            running_jobs = self.running_jobs

        started_jobs: list[str] | Unset = UNSET
        if not isinstance(self.started_jobs, Unset):
            started_jobs = self.started_jobs

        expected_tus_uploads = self.expected_tus_uploads

        started_tus_uploads = self.started_tus_uploads

        finished_tus_uploads = self.finished_tus_uploads

        tus_uploads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tus_uploads, Unset):
            tus_uploads = []
            for tus_uploads_item_data in self.tus_uploads:
                tus_uploads_item = tus_uploads_item_data.to_dict()
                tus_uploads.append(tus_uploads_item)

        notify_url: None | str | Unset
        if isinstance(self.notify_url, Unset):
            notify_url = UNSET
        else:
            notify_url = self.notify_url

        notify_start: None | str | Unset
        if isinstance(self.notify_start, Unset):
            notify_start = UNSET
        else:
            notify_start = self.notify_start

        notify_status: None | str | Unset
        if isinstance(self.notify_status, Unset):
            notify_status = UNSET
        else:
            notify_status = self.notify_status

        notify_response_code: int | None | Unset
        if isinstance(self.notify_response_code, Unset):
            notify_response_code = UNSET
        else:
            notify_response_code = self.notify_response_code

        notify_response_data: None | str | Unset
        if isinstance(self.notify_response_data, Unset):
            notify_response_data = UNSET
        else:
            notify_response_data = self.notify_response_data

        notify_duration: float | None | Unset
        if isinstance(self.notify_duration, Unset):
            notify_duration = UNSET
        else:
            notify_duration = self.notify_duration

        notify_error: None | str | Unset
        if isinstance(self.notify_error, Unset):
            notify_error = UNSET
        else:
            notify_error = self.notify_error

        params: None | str | Unset
        if isinstance(self.params, Unset):
            params = UNSET
        else:
            params = self.params

        merged_params: None | str | Unset
        if isinstance(self.merged_params, Unset):
            merged_params = UNSET
        else:
            merged_params = self.merged_params

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        uploads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uploads, Unset):
            uploads = []
            for uploads_item_data in self.uploads:
                uploads_item = uploads_item_data.to_dict()
                uploads.append(uploads_item)

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        ignored_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ignored_errors, Unset):
            ignored_errors = []
            for ignored_errors_item_data in self.ignored_errors:
                ignored_errors_item = ignored_errors_item_data.to_dict()
                ignored_errors.append(ignored_errors_item)

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ok is not UNSET:
            field_dict["ok"] = ok
        if error is not UNSET:
            field_dict["error"] = error
        if message is not UNSET:
            field_dict["message"] = message
        if reason is not UNSET:
            field_dict["reason"] = reason
        if http_code is not UNSET:
            field_dict["http_code"] = http_code
        if success is not UNSET:
            field_dict["success"] = success
        if assembly_id is not UNSET:
            field_dict["assembly_id"] = assembly_id
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if parent_assembly_status is not UNSET:
            field_dict["parent_assembly_status"] = parent_assembly_status
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if account_slug is not UNSET:
            field_dict["account_slug"] = account_slug
        if api_auth_key_id is not UNSET:
            field_dict["api_auth_key_id"] = api_auth_key_id
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if template is not UNSET:
            field_dict["template"] = template
        if usage_tags is not UNSET:
            field_dict["usage_tags"] = usage_tags
        if instance is not UNSET:
            field_dict["instance"] = instance
        if region is not UNSET:
            field_dict["region"] = region
        if build_id is not UNSET:
            field_dict["build_id"] = build_id
        if assembly_url is not UNSET:
            field_dict["assembly_url"] = assembly_url
        if assembly_ssl_url is not UNSET:
            field_dict["assembly_ssl_url"] = assembly_ssl_url
        if companion_url is not UNSET:
            field_dict["companion_url"] = companion_url
        if uppyserver_url is not UNSET:
            field_dict["uppyserver_url"] = uppyserver_url
        if tus_url is not UNSET:
            field_dict["tus_url"] = tus_url
        if websocket_url is not UNSET:
            field_dict["websocket_url"] = websocket_url
        if update_stream_url is not UNSET:
            field_dict["update_stream_url"] = update_stream_url
        if bytes_received is not UNSET:
            field_dict["bytes_received"] = bytes_received
        if bytes_expected is not UNSET:
            field_dict["bytes_expected"] = bytes_expected
        if bytes_usage is not UNSET:
            field_dict["bytes_usage"] = bytes_usage
        if client_agent is not UNSET:
            field_dict["client_agent"] = client_agent
        if client_ip is not UNSET:
            field_dict["client_ip"] = client_ip
        if client_referer is not UNSET:
            field_dict["client_referer"] = client_referer
        if transloadit_client is not UNSET:
            field_dict["transloadit_client"] = transloadit_client
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if upload_duration is not UNSET:
            field_dict["upload_duration"] = upload_duration
        if execution_start is not UNSET:
            field_dict["execution_start"] = execution_start
        if execution_duration is not UNSET:
            field_dict["execution_duration"] = execution_duration
        if queue_duration is not UNSET:
            field_dict["queue_duration"] = queue_duration
        if jobs_queue_duration is not UNSET:
            field_dict["jobs_queue_duration"] = jobs_queue_duration
        if last_job_completed is not UNSET:
            field_dict["last_job_completed"] = last_job_completed
        if upload_meta_data_extracted is not UNSET:
            field_dict["upload_meta_data_extracted"] = upload_meta_data_extracted
        if is_infinite is not UNSET:
            field_dict["is_infinite"] = is_infinite
        if has_dupe_jobs is not UNSET:
            field_dict["has_dupe_jobs"] = has_dupe_jobs
        if num_input_files is not UNSET:
            field_dict["num_input_files"] = num_input_files
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if executing_jobs is not UNSET:
            field_dict["executing_jobs"] = executing_jobs
        if running_jobs is not UNSET:
            field_dict["running_jobs"] = running_jobs
        if started_jobs is not UNSET:
            field_dict["started_jobs"] = started_jobs
        if expected_tus_uploads is not UNSET:
            field_dict["expected_tus_uploads"] = expected_tus_uploads
        if started_tus_uploads is not UNSET:
            field_dict["started_tus_uploads"] = started_tus_uploads
        if finished_tus_uploads is not UNSET:
            field_dict["finished_tus_uploads"] = finished_tus_uploads
        if tus_uploads is not UNSET:
            field_dict["tus_uploads"] = tus_uploads
        if notify_url is not UNSET:
            field_dict["notify_url"] = notify_url
        if notify_start is not UNSET:
            field_dict["notify_start"] = notify_start
        if notify_status is not UNSET:
            field_dict["notify_status"] = notify_status
        if notify_response_code is not UNSET:
            field_dict["notify_response_code"] = notify_response_code
        if notify_response_data is not UNSET:
            field_dict["notify_response_data"] = notify_response_data
        if notify_duration is not UNSET:
            field_dict["notify_duration"] = notify_duration
        if notify_error is not UNSET:
            field_dict["notify_error"] = notify_error
        if params is not UNSET:
            field_dict["params"] = params
        if merged_params is not UNSET:
            field_dict["merged_params"] = merged_params
        if fields is not UNSET:
            field_dict["fields"] = fields
        if uploads is not UNSET:
            field_dict["uploads"] = uploads
        if results is not UNSET:
            field_dict["results"] = results
        if ignored_errors is not UNSET:
            field_dict["ignored_errors"] = ignored_errors
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assembly_file import AssemblyFile  # noqa: PLC0415
        from ..models.assembly_status_fields import AssemblyStatusFields  # noqa: PLC0415
        from ..models.assembly_status_ignored_errors_item import AssemblyStatusIgnoredErrorsItem  # noqa: PLC0415
        from ..models.assembly_status_info import AssemblyStatusInfo  # noqa: PLC0415
        from ..models.assembly_status_results import AssemblyStatusResults  # noqa: PLC0415
        from ..models.assembly_status_tus_uploads_item import AssemblyStatusTusUploadsItem  # noqa: PLC0415
        from ..models.assembly_warning import AssemblyWarning  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ok(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ok = _parse_ok(d.pop("ok", UNSET))

        def _parse_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error = _parse_error(d.pop("error", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        reason = d.pop("reason", UNSET)

        http_code = d.pop("http_code", UNSET)

        success = d.pop("success", UNSET)

        assembly_id = d.pop("assembly_id", UNSET)

        def _parse_parent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        parent_assembly_status = d.pop("parent_assembly_status", UNSET)

        def _parse_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_id = _parse_account_id(d.pop("account_id", UNSET))

        def _parse_account_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_name = _parse_account_name(d.pop("account_name", UNSET))

        def _parse_account_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        account_slug = _parse_account_slug(d.pop("account_slug", UNSET))

        def _parse_api_auth_key_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_auth_key_id = _parse_api_auth_key_id(d.pop("api_auth_key_id", UNSET))

        def _parse_template_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_id = _parse_template_id(d.pop("template_id", UNSET))

        def _parse_template_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_name = _parse_template_name(d.pop("template_name", UNSET))

        def _parse_template(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template = _parse_template(d.pop("template", UNSET))

        usage_tags = d.pop("usage_tags", UNSET)

        def _parse_instance(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instance = _parse_instance(d.pop("instance", UNSET))

        def _parse_region(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        region = _parse_region(d.pop("region", UNSET))

        def _parse_build_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_id = _parse_build_id(d.pop("build_id", UNSET))

        def _parse_assembly_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assembly_url = _parse_assembly_url(d.pop("assembly_url", UNSET))

        def _parse_assembly_ssl_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        assembly_ssl_url = _parse_assembly_ssl_url(d.pop("assembly_ssl_url", UNSET))

        def _parse_companion_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        companion_url = _parse_companion_url(d.pop("companion_url", UNSET))

        def _parse_uppyserver_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uppyserver_url = _parse_uppyserver_url(d.pop("uppyserver_url", UNSET))

        def _parse_tus_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tus_url = _parse_tus_url(d.pop("tus_url", UNSET))

        def _parse_websocket_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        websocket_url = _parse_websocket_url(d.pop("websocket_url", UNSET))

        def _parse_update_stream_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        update_stream_url = _parse_update_stream_url(d.pop("update_stream_url", UNSET))

        def _parse_bytes_received(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bytes_received = _parse_bytes_received(d.pop("bytes_received", UNSET))

        def _parse_bytes_expected(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bytes_expected = _parse_bytes_expected(d.pop("bytes_expected", UNSET))

        def _parse_bytes_usage(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        bytes_usage = _parse_bytes_usage(d.pop("bytes_usage", UNSET))

        def _parse_client_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_agent = _parse_client_agent(d.pop("client_agent", UNSET))

        def _parse_client_ip(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_ip = _parse_client_ip(d.pop("client_ip", UNSET))

        def _parse_client_referer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        client_referer = _parse_client_referer(d.pop("client_referer", UNSET))

        def _parse_transloadit_client(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        transloadit_client = _parse_transloadit_client(d.pop("transloadit_client", UNSET))

        def _parse_start_date(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        start_date = _parse_start_date(d.pop("start_date", UNSET))

        def _parse_upload_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        upload_duration = _parse_upload_duration(d.pop("upload_duration", UNSET))

        def _parse_execution_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        execution_start = _parse_execution_start(d.pop("execution_start", UNSET))

        def _parse_execution_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        execution_duration = _parse_execution_duration(d.pop("execution_duration", UNSET))

        def _parse_queue_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        queue_duration = _parse_queue_duration(d.pop("queue_duration", UNSET))

        def _parse_jobs_queue_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        jobs_queue_duration = _parse_jobs_queue_duration(d.pop("jobs_queue_duration", UNSET))

        def _parse_last_job_completed(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_job_completed = _parse_last_job_completed(d.pop("last_job_completed", UNSET))

        upload_meta_data_extracted = d.pop("upload_meta_data_extracted", UNSET)

        is_infinite = d.pop("is_infinite", UNSET)

        has_dupe_jobs = d.pop("has_dupe_jobs", UNSET)

        num_input_files = d.pop("num_input_files", UNSET)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[AssemblyWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = AssemblyWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        executing_jobs = cast(list[str], d.pop("executing_jobs", UNSET))

        running_jobs = cast(list[str], d.pop("running_jobs", UNSET))

        started_jobs = cast(list[str], d.pop("started_jobs", UNSET))

        expected_tus_uploads = d.pop("expected_tus_uploads", UNSET)

        started_tus_uploads = d.pop("started_tus_uploads", UNSET)

        finished_tus_uploads = d.pop("finished_tus_uploads", UNSET)

        _tus_uploads = d.pop("tus_uploads", UNSET)
        tus_uploads: list[AssemblyStatusTusUploadsItem] | Unset = UNSET
        if _tus_uploads is not UNSET:
            tus_uploads = []
            for tus_uploads_item_data in _tus_uploads:
                tus_uploads_item = AssemblyStatusTusUploadsItem.from_dict(tus_uploads_item_data)

                tus_uploads.append(tus_uploads_item)

        def _parse_notify_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_url = _parse_notify_url(d.pop("notify_url", UNSET))

        def _parse_notify_start(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_start = _parse_notify_start(d.pop("notify_start", UNSET))

        def _parse_notify_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_status = _parse_notify_status(d.pop("notify_status", UNSET))

        def _parse_notify_response_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        notify_response_code = _parse_notify_response_code(d.pop("notify_response_code", UNSET))

        def _parse_notify_response_data(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_response_data = _parse_notify_response_data(d.pop("notify_response_data", UNSET))

        def _parse_notify_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        notify_duration = _parse_notify_duration(d.pop("notify_duration", UNSET))

        def _parse_notify_error(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_error = _parse_notify_error(d.pop("notify_error", UNSET))

        def _parse_params(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        params = _parse_params(d.pop("params", UNSET))

        def _parse_merged_params(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        merged_params = _parse_merged_params(d.pop("merged_params", UNSET))

        _fields = d.pop("fields", UNSET)
        fields: AssemblyStatusFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = AssemblyStatusFields.from_dict(_fields)

        _uploads = d.pop("uploads", UNSET)
        uploads: list[AssemblyFile] | Unset = UNSET
        if _uploads is not UNSET:
            uploads = []
            for uploads_item_data in _uploads:
                uploads_item = AssemblyFile.from_dict(uploads_item_data)

                uploads.append(uploads_item)

        _results = d.pop("results", UNSET)
        results: AssemblyStatusResults | Unset
        if isinstance(_results, Unset):
            results = UNSET
        else:
            results = AssemblyStatusResults.from_dict(_results)

        _ignored_errors = d.pop("ignored_errors", UNSET)
        ignored_errors: list[AssemblyStatusIgnoredErrorsItem] | Unset = UNSET
        if _ignored_errors is not UNSET:
            ignored_errors = []
            for ignored_errors_item_data in _ignored_errors:
                ignored_errors_item = AssemblyStatusIgnoredErrorsItem.from_dict(ignored_errors_item_data)

                ignored_errors.append(ignored_errors_item)

        _info = d.pop("info", UNSET)
        info: AssemblyStatusInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = AssemblyStatusInfo.from_dict(_info)

        assembly_status = cls(
            ok=ok,
            error=error,
            message=message,
            reason=reason,
            http_code=http_code,
            success=success,
            assembly_id=assembly_id,
            parent_id=parent_id,
            parent_assembly_status=parent_assembly_status,
            account_id=account_id,
            account_name=account_name,
            account_slug=account_slug,
            api_auth_key_id=api_auth_key_id,
            template_id=template_id,
            template_name=template_name,
            template=template,
            usage_tags=usage_tags,
            instance=instance,
            region=region,
            build_id=build_id,
            assembly_url=assembly_url,
            assembly_ssl_url=assembly_ssl_url,
            companion_url=companion_url,
            uppyserver_url=uppyserver_url,
            tus_url=tus_url,
            websocket_url=websocket_url,
            update_stream_url=update_stream_url,
            bytes_received=bytes_received,
            bytes_expected=bytes_expected,
            bytes_usage=bytes_usage,
            client_agent=client_agent,
            client_ip=client_ip,
            client_referer=client_referer,
            transloadit_client=transloadit_client,
            start_date=start_date,
            upload_duration=upload_duration,
            execution_start=execution_start,
            execution_duration=execution_duration,
            queue_duration=queue_duration,
            jobs_queue_duration=jobs_queue_duration,
            last_job_completed=last_job_completed,
            upload_meta_data_extracted=upload_meta_data_extracted,
            is_infinite=is_infinite,
            has_dupe_jobs=has_dupe_jobs,
            num_input_files=num_input_files,
            warnings=warnings,
            executing_jobs=executing_jobs,
            running_jobs=running_jobs,
            started_jobs=started_jobs,
            expected_tus_uploads=expected_tus_uploads,
            started_tus_uploads=started_tus_uploads,
            finished_tus_uploads=finished_tus_uploads,
            tus_uploads=tus_uploads,
            notify_url=notify_url,
            notify_start=notify_start,
            notify_status=notify_status,
            notify_response_code=notify_response_code,
            notify_response_data=notify_response_data,
            notify_duration=notify_duration,
            notify_error=notify_error,
            params=params,
            merged_params=merged_params,
            fields=fields,
            uploads=uploads,
            results=results,
            ignored_errors=ignored_errors,
            info=info,
        )

        assembly_status.additional_properties = d
        return assembly_status

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
