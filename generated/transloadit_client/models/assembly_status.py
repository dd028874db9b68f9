from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assembly_file import AssemblyFile
    from ..models.assembly_status_debuginfo import AssemblyStatusDebuginfo
    from ..models.assembly_status_fields import AssemblyStatusFields
    from ..models.assembly_status_headers import AssemblyStatusHeaders
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
    Declares every key of the vendor's busy, ok, error and system-error variants; the error
    keys (`step`, `stdout`, `exitCode` ...) appear only on failures.

        Attributes:
            ok (None | str | Unset): A success or progress code (see `OkCode`); null on errors.
            error (None | str | Unset): The error code of a failed Assembly (see `ErrorCode`).
            message (None | str | Unset): What `ok` or `error` means, in words.
            reason (Any | Unset): More detail on an error, as text or an object.
            http_code (int | Unset): The HTTP status the answer was (or would be) sent with.
            success (bool | Unset): Set on replay responses.
            assembly_id (str | Unset): The Assembly's id, 32 lowercase hex characters.
            assemblyId (str | Unset): The same id under its camel-case name (older answers).
            parent_id (None | str | Unset): The Assembly this one replays.
            parent_assembly_status (Any | Unset): The replayed Assembly: its status or its URL.
            account_id (None | str | Unset): The account's id, 32 lowercase hex characters.
            account_name (None | str | Unset): The account's name.
            account_slug (None | str | Unset): The account's workspace slug.
            api_auth_key_id (None | str | Unset): The id of the Auth Key that created the Assembly.
            template_id (None | str | Unset): The Template the Assembly used.
            template_name (None | str | Unset): That Template's name.
            template (None | str | Unset): That Template's content as JSON.
            instance (None | str | Unset): The machine that runs the Assembly.
            region (None | str | Unset): The region it runs in, e.g. "us-east-1".
            build_id (None | str | Unset): The build of the service that ran it.
            assembly_url (None | str | Unset): The status URL (http).
            assembly_ssl_url (None | str | Unset): The status URL (https where served so); a capability.
            companion_url (None | str | Unset): The Companion (remote file picker) server for the Assembly.
            uppyserver_url (None | str | Unset): The same as `companion_url`, under its old name.
            tus_url (None | str | Unset): Where to create resumable uploads for this Assembly.
            websocket_url (None | str | Unset): The live status server.
            update_stream_url (None | str | Unset): The live status stream (Server-Sent Events) of this Assembly.
            bytes_received (int | None | Unset): Bytes uploaded so far.
            bytes_expected (int | None | Unset): Bytes expected in all; null while unknown.
            bytes_usage (int | None | Unset): Bytes the Assembly counts towards the bill.
            usage_tags (str | Unset): The `usage_tags` given in params, for splitting the bill.
            upload_duration (float | None | Unset): Seconds the uploads took.
            client_agent (None | str | Unset): The creating request's User-Agent.
            client_ip (None | str | Unset): The creating request's IP address.
            client_referer (None | str | Unset): The creating request's Referer.
            transloadit_client (None | str | Unset): The SDK that created it (its `Transloadit-Client` header, e.g. "node-
                sdk:4.0.1").
            start_date (None | str | Unset): The status's dates (`start_date`, `execution_start`, `last_job_completed`,
                `notify_start`)
                are `Y/m/d H:i:s GMT`, as the live API writes them; listings use RFC 3339.
            upload_meta_data_extracted (bool | Unset): Whether the uploads' metadata is known.
            warnings (list[AssemblyWarning] | Unset): Notices and warnings about the Assembly (each `level` and `msg`).
            is_infinite (bool | Unset): Whether the Assembly never ends by itself (a live import).
            has_dupe_jobs (bool | Unset): Whether a job was started twice.
            execution_start (None | str | Unset): When execution began.
            execution_duration (float | None | Unset): Seconds execution took.
            queue_duration (float | None | Unset): Seconds the Assembly waited before executing.
            jobs_queue_duration (float | None | Unset): Seconds its jobs waited for job slots, summed.
            last_job_completed (None | str | Unset): When the last job ended.
            num_input_files (int | Unset): Files uploaded or imported.
            notify_url (None | str | Unset): Where the Notification goes.
            notify_start (None | str | Unset): When the Notification was sent.
            notify_status (None | str | Unset): How its delivery went.
            notify_response_code (int | None | Unset): The receiver's HTTP status.
            notify_response_data (None | str | Unset): The start of the receiver's answer.
            notify_duration (float | None | Unset): Seconds the delivery took.
            notify_error (None | str | Unset): Why the delivery failed.
            fields (AssemblyStatusFields | Unset): The Assembly's fields (`${fields.*}`).
            running_jobs (list[str] | Unset): Jobs running now.
            executing_jobs (list[str] | Unset): Jobs executing now.
            started_jobs (list[str] | Unset): `"<step>::<used step>"` for every Step input that started.
            params (None | str | Unset): The params as received, with the Auth Key masked.
            merged_params (None | str | Unset): The params merged with the Template's, as run (masked).
            uploads (list[AssemblyFile] | Unset): The uploaded and imported files.
            results (AssemblyStatusResults | Unset): Result files by Step name.
            expected_tus_uploads (int | Unset): Resumable uploads the Assembly waits for.
            started_tus_uploads (int | Unset): Resumable uploads begun.
            finished_tus_uploads (int | Unset): Resumable uploads finished.
            tus_uploads (list[AssemblyStatusTusUploadsItem] | Unset): Each resumable upload (`filename`, `fieldname`,
                `size`, `offset`, `finished`, `upload_url`).
            virusname (str | Unset): The virus a scan found.
            debuginfo (AssemblyStatusDebuginfo | Unset): Debugging aids of a failed job (screenshots, console logs).
            info (AssemblyStatusInfo | Unset): Extras of an error, e.g. `retryIn` seconds.
            ignored_errors (list[AssemblyStatusIgnoredErrorsItem] | Unset): Errors Steps with `ignore_errors` passed over
                (`step`, `phase`, `error`, `message`).
            ignored_error_count (int | Unset): How many errors were ignored.
            admin_cmd (Any | Unset): The command an administrator ran (internal).
            step (str | Unset): The Step that failed.
            previous_step (str | Unset): The Step whose files the failed Step was given (the first of its `use`); absent for
                a Step that uses none.
            worker (str | Unset): The worker the failed job ran on.
            retries (int | Unset): Retries made before giving up.
            num_retries (int | Unset): Retries allowed.
            file (str | Unset): The file the failure concerns.
            name (str | Unset): That file's name.
            path (str | Unset): A path the failure concerns (file or system error).
            exit_code (int | None | Unset): The failed engine command's exit status; null when a signal ended it.
            exit_signal (None | str | Unset): The signal that ended the failed engine command, e.g. "SIGKILL"; null when it
                exited with `exitCode`.
            stdout (str | Unset): What the failed engine command printed.
            stderr (str | Unset): The failed engine command's error output.
            cmd (Any | Unset): The failed engine command: a string or its argument list.
            is_private_address (bool | Unset): Whether an import was refused for a non-public address.
            playwright_error_code (str | Unset): The browser's error code of a failed web page render.
            url (str | Unset): The URL a failed import or request went to.
            url_host (None | str | Unset): That URL's host.
            headers (AssemblyStatusHeaders | Unset): The answer headers of a failed request.
            retryable (bool | Unset): Whether trying again may succeed.
            response_code (int | None | Unset): The HTTP status a failed request got.
            err (Any | Unset): The underlying error object (internal detail).
            errno (int | Unset): The operating system's error number.
            code (str | Unset): The operating system's error name, e.g. "ENOENT".
            syscall (str | Unset): The system call that failed.
    """

    ok: None | str | Unset = UNSET
    error: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    reason: Any | Unset = UNSET
    http_code: int | Unset = UNSET
    success: bool | Unset = UNSET
    assembly_id: str | Unset = UNSET
    assemblyId: str | Unset = UNSET
    parent_id: None | str | Unset = UNSET
    parent_assembly_status: Any | Unset = UNSET
    account_id: None | str | Unset = UNSET
    account_name: None | str | Unset = UNSET
    account_slug: None | str | Unset = UNSET
    api_auth_key_id: None | str | Unset = UNSET
    template_id: None | str | Unset = UNSET
    template_name: None | str | Unset = UNSET
    template: None | str | Unset = UNSET
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
    usage_tags: str | Unset = UNSET
    upload_duration: float | None | Unset = UNSET
    client_agent: None | str | Unset = UNSET
    client_ip: None | str | Unset = UNSET
    client_referer: None | str | Unset = UNSET
    transloadit_client: None | str | Unset = UNSET
    start_date: None | str | Unset = UNSET
    upload_meta_data_extracted: bool | Unset = UNSET
    warnings: list[AssemblyWarning] | Unset = UNSET
    is_infinite: bool | Unset = UNSET
    has_dupe_jobs: bool | Unset = UNSET
    execution_start: None | str | Unset = UNSET
    execution_duration: float | None | Unset = UNSET
    queue_duration: float | None | Unset = UNSET
    jobs_queue_duration: float | None | Unset = UNSET
    last_job_completed: None | str | Unset = UNSET
    num_input_files: int | Unset = UNSET
    notify_url: None | str | Unset = UNSET
    notify_start: None | str | Unset = UNSET
    notify_status: None | str | Unset = UNSET
    notify_response_code: int | None | Unset = UNSET
    notify_response_data: None | str | Unset = UNSET
    notify_duration: float | None | Unset = UNSET
    notify_error: None | str | Unset = UNSET
    fields: AssemblyStatusFields | Unset = UNSET
    running_jobs: list[str] | Unset = UNSET
    executing_jobs: list[str] | Unset = UNSET
    started_jobs: list[str] | Unset = UNSET
    params: None | str | Unset = UNSET
    merged_params: None | str | Unset = UNSET
    uploads: list[AssemblyFile] | Unset = UNSET
    results: AssemblyStatusResults | Unset = UNSET
    expected_tus_uploads: int | Unset = UNSET
    started_tus_uploads: int | Unset = UNSET
    finished_tus_uploads: int | Unset = UNSET
    tus_uploads: list[AssemblyStatusTusUploadsItem] | Unset = UNSET
    virusname: str | Unset = UNSET
    debuginfo: AssemblyStatusDebuginfo | Unset = UNSET
    info: AssemblyStatusInfo | Unset = UNSET
    ignored_errors: list[AssemblyStatusIgnoredErrorsItem] | Unset = UNSET
    ignored_error_count: int | Unset = UNSET
    admin_cmd: Any | Unset = UNSET
    step: str | Unset = UNSET
    previous_step: str | Unset = UNSET
    worker: str | Unset = UNSET
    retries: int | Unset = UNSET
    num_retries: int | Unset = UNSET
    file: str | Unset = UNSET
    name: str | Unset = UNSET
    path: str | Unset = UNSET
    exit_code: int | None | Unset = UNSET
    exit_signal: None | str | Unset = UNSET
    stdout: str | Unset = UNSET
    stderr: str | Unset = UNSET
    cmd: Any | Unset = UNSET
    is_private_address: bool | Unset = UNSET
    playwright_error_code: str | Unset = UNSET
    url: str | Unset = UNSET
    url_host: None | str | Unset = UNSET
    headers: AssemblyStatusHeaders | Unset = UNSET
    retryable: bool | Unset = UNSET
    response_code: int | None | Unset = UNSET
    err: Any | Unset = UNSET
    errno: int | Unset = UNSET
    code: str | Unset = UNSET
    syscall: str | Unset = UNSET
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

        assemblyId = self.assemblyId

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

        usage_tags = self.usage_tags

        upload_duration: float | None | Unset
        if isinstance(self.upload_duration, Unset):
            upload_duration = UNSET
        else:
            upload_duration = self.upload_duration

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

        upload_meta_data_extracted = self.upload_meta_data_extracted

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        is_infinite = self.is_infinite

        has_dupe_jobs = self.has_dupe_jobs

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

        num_input_files = self.num_input_files

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

        fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields.to_dict()

        running_jobs: list[str] | Unset = UNSET
        if not isinstance(self.running_jobs, Unset):
            running_jobs = self.running_jobs

        executing_jobs: list[str] | Unset = UNSET
        if not isinstance(self.executing_jobs, Unset):
            executing_jobs = self.executing_jobs

        started_jobs: list[str] | Unset = UNSET
        if not isinstance(self.started_jobs, Unset):
            started_jobs = self.started_jobs

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

        uploads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.uploads, Unset):
            uploads = []
            for uploads_item_data in self.uploads:
                uploads_item = uploads_item_data.to_dict()
                uploads.append(uploads_item)

        results: dict[str, Any] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = self.results.to_dict()

        expected_tus_uploads = self.expected_tus_uploads

        started_tus_uploads = self.started_tus_uploads

        finished_tus_uploads = self.finished_tus_uploads

        tus_uploads: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tus_uploads, Unset):
            tus_uploads = []
            for tus_uploads_item_data in self.tus_uploads:
                tus_uploads_item = tus_uploads_item_data.to_dict()
                tus_uploads.append(tus_uploads_item)

        virusname = self.virusname

        debuginfo: dict[str, Any] | Unset = UNSET
        if not isinstance(self.debuginfo, Unset):
            debuginfo = self.debuginfo.to_dict()

        info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.info, Unset):
            info = self.info.to_dict()

        ignored_errors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.ignored_errors, Unset):
            ignored_errors = []
            for ignored_errors_item_data in self.ignored_errors:
                ignored_errors_item = ignored_errors_item_data.to_dict()
                ignored_errors.append(ignored_errors_item)

        ignored_error_count = self.ignored_error_count

        admin_cmd = self.admin_cmd

        step = self.step

        previous_step = self.previous_step

        worker = self.worker

        retries = self.retries

        num_retries = self.num_retries

        file = self.file

        name = self.name

        path = self.path

        exit_code: int | None | Unset
        if isinstance(self.exit_code, Unset):
            exit_code = UNSET
        else:
            exit_code = self.exit_code

        exit_signal: None | str | Unset
        if isinstance(self.exit_signal, Unset):
            exit_signal = UNSET
        else:
            exit_signal = self.exit_signal

        stdout = self.stdout

        stderr = self.stderr

        cmd = self.cmd

        is_private_address = self.is_private_address

        playwright_error_code = self.playwright_error_code

        url = self.url

        url_host: None | str | Unset
        if isinstance(self.url_host, Unset):
            url_host = UNSET
        else:
            url_host = self.url_host

        headers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.headers, Unset):
            headers = self.headers.to_dict()

        retryable = self.retryable

        response_code: int | None | Unset
        if isinstance(self.response_code, Unset):
            response_code = UNSET
        else:
            response_code = self.response_code

        err = self.err

        errno = self.errno

        code = self.code

        syscall = self.syscall

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
        if assemblyId is not UNSET:
            field_dict["assemblyId"] = assemblyId
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
        if usage_tags is not UNSET:
            field_dict["usage_tags"] = usage_tags
        if upload_duration is not UNSET:
            field_dict["upload_duration"] = upload_duration
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
        if upload_meta_data_extracted is not UNSET:
            field_dict["upload_meta_data_extracted"] = upload_meta_data_extracted
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if is_infinite is not UNSET:
            field_dict["is_infinite"] = is_infinite
        if has_dupe_jobs is not UNSET:
            field_dict["has_dupe_jobs"] = has_dupe_jobs
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
        if num_input_files is not UNSET:
            field_dict["num_input_files"] = num_input_files
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
        if fields is not UNSET:
            field_dict["fields"] = fields
        if running_jobs is not UNSET:
            field_dict["running_jobs"] = running_jobs
        if executing_jobs is not UNSET:
            field_dict["executing_jobs"] = executing_jobs
        if started_jobs is not UNSET:
            field_dict["started_jobs"] = started_jobs
        if params is not UNSET:
            field_dict["params"] = params
        if merged_params is not UNSET:
            field_dict["merged_params"] = merged_params
        if uploads is not UNSET:
            field_dict["uploads"] = uploads
        if results is not UNSET:
            field_dict["results"] = results
        if expected_tus_uploads is not UNSET:
            field_dict["expected_tus_uploads"] = expected_tus_uploads
        if started_tus_uploads is not UNSET:
            field_dict["started_tus_uploads"] = started_tus_uploads
        if finished_tus_uploads is not UNSET:
            field_dict["finished_tus_uploads"] = finished_tus_uploads
        if tus_uploads is not UNSET:
            field_dict["tus_uploads"] = tus_uploads
        if virusname is not UNSET:
            field_dict["virusname"] = virusname
        if debuginfo is not UNSET:
            field_dict["debuginfo"] = debuginfo
        if info is not UNSET:
            field_dict["info"] = info
        if ignored_errors is not UNSET:
            field_dict["ignored_errors"] = ignored_errors
        if ignored_error_count is not UNSET:
            field_dict["ignored_error_count"] = ignored_error_count
        if admin_cmd is not UNSET:
            field_dict["admin_cmd"] = admin_cmd
        if step is not UNSET:
            field_dict["step"] = step
        if previous_step is not UNSET:
            field_dict["previousStep"] = previous_step
        if worker is not UNSET:
            field_dict["worker"] = worker
        if retries is not UNSET:
            field_dict["retries"] = retries
        if num_retries is not UNSET:
            field_dict["numRetries"] = num_retries
        if file is not UNSET:
            field_dict["file"] = file
        if name is not UNSET:
            field_dict["name"] = name
        if path is not UNSET:
            field_dict["path"] = path
        if exit_code is not UNSET:
            field_dict["exitCode"] = exit_code
        if exit_signal is not UNSET:
            field_dict["exitSignal"] = exit_signal
        if stdout is not UNSET:
            field_dict["stdout"] = stdout
        if stderr is not UNSET:
            field_dict["stderr"] = stderr
        if cmd is not UNSET:
            field_dict["cmd"] = cmd
        if is_private_address is not UNSET:
            field_dict["is_private_address"] = is_private_address
        if playwright_error_code is not UNSET:
            field_dict["playwright_error_code"] = playwright_error_code
        if url is not UNSET:
            field_dict["url"] = url
        if url_host is not UNSET:
            field_dict["url_host"] = url_host
        if headers is not UNSET:
            field_dict["headers"] = headers
        if retryable is not UNSET:
            field_dict["retryable"] = retryable
        if response_code is not UNSET:
            field_dict["response_code"] = response_code
        if err is not UNSET:
            field_dict["err"] = err
        if errno is not UNSET:
            field_dict["errno"] = errno
        if code is not UNSET:
            field_dict["code"] = code
        if syscall is not UNSET:
            field_dict["syscall"] = syscall

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.assembly_file import AssemblyFile  # noqa: PLC0415
        from ..models.assembly_status_debuginfo import AssemblyStatusDebuginfo  # noqa: PLC0415
        from ..models.assembly_status_fields import AssemblyStatusFields  # noqa: PLC0415
        from ..models.assembly_status_headers import AssemblyStatusHeaders  # noqa: PLC0415
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

        assemblyId = d.pop("assemblyId", UNSET)

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

        usage_tags = d.pop("usage_tags", UNSET)

        def _parse_upload_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        upload_duration = _parse_upload_duration(d.pop("upload_duration", UNSET))

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

        upload_meta_data_extracted = d.pop("upload_meta_data_extracted", UNSET)

        _warnings = d.pop("warnings", UNSET)
        warnings: list[AssemblyWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = AssemblyWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        is_infinite = d.pop("is_infinite", UNSET)

        has_dupe_jobs = d.pop("has_dupe_jobs", UNSET)

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

        num_input_files = d.pop("num_input_files", UNSET)

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

        _fields = d.pop("fields", UNSET)
        fields: AssemblyStatusFields | Unset
        if isinstance(_fields, Unset):
            fields = UNSET
        else:
            fields = AssemblyStatusFields.from_dict(_fields)

        running_jobs = cast(list[str], d.pop("running_jobs", UNSET))

        executing_jobs = cast(list[str], d.pop("executing_jobs", UNSET))

        started_jobs = cast(list[str], d.pop("started_jobs", UNSET))

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

        virusname = d.pop("virusname", UNSET)

        _debuginfo = d.pop("debuginfo", UNSET)
        debuginfo: AssemblyStatusDebuginfo | Unset
        if isinstance(_debuginfo, Unset):
            debuginfo = UNSET
        else:
            debuginfo = AssemblyStatusDebuginfo.from_dict(_debuginfo)

        _info = d.pop("info", UNSET)
        info: AssemblyStatusInfo | Unset
        if isinstance(_info, Unset):
            info = UNSET
        else:
            info = AssemblyStatusInfo.from_dict(_info)

        _ignored_errors = d.pop("ignored_errors", UNSET)
        ignored_errors: list[AssemblyStatusIgnoredErrorsItem] | Unset = UNSET
        if _ignored_errors is not UNSET:
            ignored_errors = []
            for ignored_errors_item_data in _ignored_errors:
                ignored_errors_item = AssemblyStatusIgnoredErrorsItem.from_dict(ignored_errors_item_data)

                ignored_errors.append(ignored_errors_item)

        ignored_error_count = d.pop("ignored_error_count", UNSET)

        admin_cmd = d.pop("admin_cmd", UNSET)

        step = d.pop("step", UNSET)

        previous_step = d.pop("previousStep", UNSET)

        worker = d.pop("worker", UNSET)

        retries = d.pop("retries", UNSET)

        num_retries = d.pop("numRetries", UNSET)

        file = d.pop("file", UNSET)

        name = d.pop("name", UNSET)

        path = d.pop("path", UNSET)

        def _parse_exit_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        exit_code = _parse_exit_code(d.pop("exitCode", UNSET))

        def _parse_exit_signal(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        exit_signal = _parse_exit_signal(d.pop("exitSignal", UNSET))

        stdout = d.pop("stdout", UNSET)

        stderr = d.pop("stderr", UNSET)

        cmd = d.pop("cmd", UNSET)

        is_private_address = d.pop("is_private_address", UNSET)

        playwright_error_code = d.pop("playwright_error_code", UNSET)

        url = d.pop("url", UNSET)

        def _parse_url_host(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url_host = _parse_url_host(d.pop("url_host", UNSET))

        _headers = d.pop("headers", UNSET)
        headers: AssemblyStatusHeaders | Unset
        if isinstance(_headers, Unset):
            headers = UNSET
        else:
            headers = AssemblyStatusHeaders.from_dict(_headers)

        retryable = d.pop("retryable", UNSET)

        def _parse_response_code(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        response_code = _parse_response_code(d.pop("response_code", UNSET))

        err = d.pop("err", UNSET)

        errno = d.pop("errno", UNSET)

        code = d.pop("code", UNSET)

        syscall = d.pop("syscall", UNSET)

        assembly_status = cls(
            ok=ok,
            error=error,
            message=message,
            reason=reason,
            http_code=http_code,
            success=success,
            assembly_id=assembly_id,
            assemblyId=assemblyId,
            parent_id=parent_id,
            parent_assembly_status=parent_assembly_status,
            account_id=account_id,
            account_name=account_name,
            account_slug=account_slug,
            api_auth_key_id=api_auth_key_id,
            template_id=template_id,
            template_name=template_name,
            template=template,
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
            usage_tags=usage_tags,
            upload_duration=upload_duration,
            client_agent=client_agent,
            client_ip=client_ip,
            client_referer=client_referer,
            transloadit_client=transloadit_client,
            start_date=start_date,
            upload_meta_data_extracted=upload_meta_data_extracted,
            warnings=warnings,
            is_infinite=is_infinite,
            has_dupe_jobs=has_dupe_jobs,
            execution_start=execution_start,
            execution_duration=execution_duration,
            queue_duration=queue_duration,
            jobs_queue_duration=jobs_queue_duration,
            last_job_completed=last_job_completed,
            num_input_files=num_input_files,
            notify_url=notify_url,
            notify_start=notify_start,
            notify_status=notify_status,
            notify_response_code=notify_response_code,
            notify_response_data=notify_response_data,
            notify_duration=notify_duration,
            notify_error=notify_error,
            fields=fields,
            running_jobs=running_jobs,
            executing_jobs=executing_jobs,
            started_jobs=started_jobs,
            params=params,
            merged_params=merged_params,
            uploads=uploads,
            results=results,
            expected_tus_uploads=expected_tus_uploads,
            started_tus_uploads=started_tus_uploads,
            finished_tus_uploads=finished_tus_uploads,
            tus_uploads=tus_uploads,
            virusname=virusname,
            debuginfo=debuginfo,
            info=info,
            ignored_errors=ignored_errors,
            ignored_error_count=ignored_error_count,
            admin_cmd=admin_cmd,
            step=step,
            previous_step=previous_step,
            worker=worker,
            retries=retries,
            num_retries=num_retries,
            file=file,
            name=name,
            path=path,
            exit_code=exit_code,
            exit_signal=exit_signal,
            stdout=stdout,
            stderr=stderr,
            cmd=cmd,
            is_private_address=is_private_address,
            playwright_error_code=playwright_error_code,
            url=url,
            url_host=url_host,
            headers=headers,
            retryable=retryable,
            response_code=response_code,
            err=err,
            errno=errno,
            code=code,
            syscall=syscall,
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
