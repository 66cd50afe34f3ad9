<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_BE" sourcelanguage="en">
<context>
    <name>KioskIdleScreen</name>
    <message>
        <source>Scan your badge</source>
        <translation>Scan your badge</translation>
    </message>
    <message>
        <source>Hold the QR code of your badge under the reader.</source>
        <translation>Hold the QR code of your badge under the reader.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Staff: unlock the staff area</source>
        <translation>Staff: unlock the staff area</translation>
    </message>
    <message>
        <source>Now in this room</source>
        <translation>Now in this room</translation>
    </message>
    <message>
        <source>No session is running in this room right now.</source>
        <translation>No session is running in this room right now.</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log.</source>
        <translation>Unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>This terminal has no room</source>
        <translation>This terminal has no room</translation>
    </message>
    <message>
        <source>This terminal is not registered</source>
        <translation>This terminal is not registered</translation>
    </message>
    <message>
        <source>Cannot load this room's sessions: {detail} Trying again automatically.</source>
        <translation>Cannot load this room's sessions: {detail} Trying again automatically.</translation>
    </message>
    <message>
        <source>Not available yet.</source>
        <translation>Not available yet.</translation>
    </message>
    <message>
        <source>Terminal {terminal}</source>
        <translation>Terminal {terminal}</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>Updated at {time}</translation>
    </message>
    <message>
        <source>Room {room}  ·  Terminal {terminal}</source>
        <translation>Room {room}  ·  Terminal {terminal}</translation>
    </message>
    <message>
        <source>Terminal {terminal} is registered but not placed in a room, so badges cannot be scanned here. An administrator places it in a room with this command:</source>
        <translation>Terminal {terminal} is registered but not placed in a room, so badges cannot be scanned here. An administrator places it in a room with this command:</translation>
    </message>
    <message>
        <source>This terminal's name is {terminal}. Until an administrator registers it in a room, badges cannot be scanned here. To register it, run this command:</source>
        <translation>This terminal's name is {terminal}. Until an administrator registers it in a room, badges cannot be scanned here. To register it, run this command:</translation>
    </message>
</context>
<context>
    <name>SessionCard</name>
    <message>
        <source>No instructor assigned</source>
        <translation>No instructor assigned</translation>
    </message>
    <message>
        <source>Instructor: {name}</source>
        <translation>Instructor: {name}</translation>
    </message>
    <message>
        <source>{start} – {end}  ·  Session {code}</source>
        <translation>{start} – {end}  ·  Session {code}</translation>
    </message>
    <message>
        <source>{teacher}  ·  Enrolled: {count}</source>
        <translation>{teacher}  ·  Enrolled: {count}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>aptaskil-desk — {centre}</source>
        <translation>aptaskil-desk — {centre}</translation>
    </message>
    <message>
        <source>Badge not read: the staff unlock is open. Go back to the kiosk and scan again.</source>
        <translation>Badge not read: the staff unlock is open. Go back to the kiosk and scan again.</translation>
    </message>
    <message>
        <source>Another scan was read: the questions are cancelled.</source>
        <translation>Another scan was read: the questions are cancelled.</translation>
    </message>
    <message>
        <source>Badge not read: the kiosk is being closed. Scan again once it is back.</source>
        <translation>Badge not read: the kiosk is being closed. Scan again once it is back.</translation>
    </message>
</context>
<context>
    <name>StaffArea</name>
    <message>
        <source>Lock</source>
        <translation>Lock</translation>
    </message>
    <message>
        <source>Lock the staff area and go back to the kiosk</source>
        <translation>Lock the staff area and go back to the kiosk</translation>
    </message>
    <message>
        <source>Quit the program</source>
        <translation>Quit the program</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Technician</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Quality assurance</source>
        <translation>Quality assurance</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>{roles}  ·  login {login}</source>
        <translation>{roles}  ·  login {login}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Press Lock when you leave. The staff area also locks itself after a few idle minutes.</source>
        <translation>Press Lock when you leave. The staff area also locks itself after a few idle minutes.</translation>
    </message>
    <message>
        <source>Welcome, {name}</source>
        <translation>Welcome, {name}</translation>
    </message>
    <message>
        <source>You are signed in as {login} on terminal {terminal}. Choose a task in the list.</source>
        <translation>You are signed in as {login} on terminal {terminal}. Choose a task in the list.</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Staff unlock</source>
        <translation>Staff unlock</translation>
    </message>
    <message>
        <source>Type your login, then your PIN.</source>
        <translation>Type your login, then your PIN.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The PIN could not be checked: unexpected error; the details are in the log.</source>
        <translation>The PIN could not be checked: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>Type your login and your PIN.</source>
        <translation>Type your login and your PIN.</translation>
    </message>
    <message>
        <source>Your account holds no role that opens the staff area. Ask an administrator.</source>
        <translation>Your account holds no role that opens the staff area. Ask an administrator.</translation>
    </message>
</context>
<context>
    <name>NumericKeypad</name>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the PIN</source>
        <translation>Clear the PIN</translation>
    </message>
    <message>
        <source>Erase the last digit</source>
        <translation>Erase the last digit</translation>
    </message>
</context>
<context>
    <name>ScanResultScreen</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>OK: back to the start</source>
        <translation>OK: back to the start</translation>
    </message>
    <message>
        <source>Back to the start in a few seconds.</source>
        <translation>Back to the start in a few seconds.</translation>
    </message>
    <message>
        <source>Scan not recorded</source>
        <translation>Scan not recorded</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log.</source>
        <translation>Unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>{detail} Scan your badge again.</source>
        <translation>{detail} Scan your badge again.</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welcome</translation>
    </message>
    <message>
        <source>Check-in recorded</source>
        <translation>Check-in recorded</translation>
    </message>
    <message>
        <source>In at {time}</source>
        <translation>In at {time}</translation>
    </message>
    <message>
        <source>Goodbye</source>
        <translation>Goodbye</translation>
    </message>
    <message>
        <source>Check-out recorded</source>
        <translation>Check-out recorded</translation>
    </message>
    <message>
        <source>Out at {time}</source>
        <translation>Out at {time}</translation>
    </message>
    <message>
        <source>Already recorded at {time}</source>
        <translation>Already recorded at {time}</translation>
    </message>
    <message>
        <source>Your check-out was already recorded.</source>
        <translation>Your check-out was already recorded.</translation>
    </message>
    <message>
        <source>Your check-in was already recorded. To check out, scan again later.</source>
        <translation>Your check-in was already recorded. To check out, scan again later.</translation>
    </message>
    <message>
        <source>Badge refused</source>
        <translation>Badge refused</translation>
    </message>
    <message>
        <source>Session {code} — {title}</source>
        <translation>Session {code} — {title}</translation>
    </message>
    <message>
        <source>{hours} h {minutes}</source>
        <translation>{hours} h {minutes}</translation>
    </message>
    <message>
        <source>Hours today: {duration}</source>
        <translation>Hours today: {duration}</translation>
    </message>
    <message>
        <source>No session is planned in this room now: your arrival is recorded.</source>
        <translation>No session is planned in this room now: your arrival is recorded.</translation>
    </message>
    <message>
        <source>You are not enrolled in this session: please tell your instructor.</source>
        <translation>You are not enrolled in this session: please tell your instructor.</translation>
    </message>
    <message>
        <source>Unknown badge</source>
        <translation>Unknown badge</translation>
    </message>
    <message>
        <source>Badge revoked: go to the front desk</source>
        <translation>Badge revoked: go to the front desk</translation>
    </message>
    <message>
        <source>Inactive person</source>
        <translation>Inactive person</translation>
    </message>
    <message>
        <source>Unreadable code, try again</source>
        <translation>Unreadable code, try again</translation>
    </message>
    <message>
        <source>Staff override</source>
        <translation>Staff override</translation>
    </message>
    <message>
        <source>Staff override: an instructor or a technician signs</source>
        <translation>Staff override: an instructor or a technician signs</translation>
    </message>
    <message>
        <source>An instructor or a technician may authorise this use.</source>
        <translation>An instructor or a technician may authorise this use.</translation>
    </message>
</context>
<context>
    <name>EquipmentTableModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Fitness</source>
        <translation>Fitness</translation>
    </message>
</context>
<context>
    <name>EquipmentWords</name>
    <message>
        <source>Fit for use</source>
        <translation>Fit for use</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Being cleaned</source>
        <translation>Being cleaned</translation>
    </message>
    <message>
        <source>In maintenance</source>
        <translation>In maintenance</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Out of service</translation>
    </message>
    <message>
        <source>In quarantine</source>
        <translation>In quarantine</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Use</translation>
    </message>
    <message>
        <source>End of use</source>
        <translation>End of use</translation>
    </message>
    <message>
        <source>Cleaning</source>
        <translation>Cleaning</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibration</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>Qualification</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <source>out of service</source>
        <translation>out of service</translation>
    </message>
    <message>
        <source>in quarantine</source>
        <translation>in quarantine</translation>
    </message>
    <message>
        <source>calibration overdue since {date}</source>
        <translation>calibration overdue since {date}</translation>
    </message>
    <message>
        <source>calibration due on {date}</source>
        <translation>calibration due on {date}</translation>
    </message>
    <message>
        <source>{phase} qualification missing</source>
        <translation>{phase} qualification missing</translation>
    </message>
    <message>
        <source>Unfit: {reasons}</source>
        <translation>Unfit: {reasons}</translation>
    </message>
    <message>
        <source>Fit, but {reasons}</source>
        <translation>Fit, but {reasons}</translation>
    </message>
    <message>
        <source>{old} → {new}</source>
        <translation>{old} → {new}</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Performed on</source>
        <translation>Performed on</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>due date unchanged</source>
        <translation>due date unchanged</translation>
    </message>
    <message>
        <source>{phase} passed</source>
        <translation>{phase} passed</translation>
    </message>
    <message>
        <source>{phase} failed</source>
        <translation>{phase} failed</translation>
    </message>
    <message>
        <source>certificate {reference}</source>
        <translation>certificate {reference}</translation>
    </message>
    <message>
        <source>by {who}</source>
        <translation>by {who}</translation>
    </message>
    <message>
        <source>performed on {date}</source>
        <translation>performed on {date}</translation>
    </message>
    <message>
        <source>protocol {reference}</source>
        <translation>protocol {reference}</translation>
    </message>
    <message>
        <source>{phase} qualified</source>
        <translation>{phase} qualified</translation>
    </message>
    <message>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <source>next due {date}</source>
        <translation>next due {date}</translation>
    </message>
    <message>
        <source>{phase} not qualified (required)</source>
        <translation>{phase} not qualified (required)</translation>
    </message>
    <message>
        <source>{phase} not qualified (not required)</source>
        <translation>{phase} not qualified (not required)</translation>
    </message>
    <message>
        <source>Override no.</source>
        <translation>Override no.</translation>
    </message>
    <message>
        <source>Override signed by {name}: {reason}</source>
        <translation>Override signed by {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>LogbookTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Correction or reason</source>
        <translation>Correction or reason</translation>
    </message>
    <message>
        <source>Superseded by entry {id}</source>
        <translation>Superseded by entry {id}</translation>
    </message>
    <message>
        <source>Corrects entry {id}: {reason}</source>
        <translation>Corrects entry {id}: {reason}</translation>
    </message>
    <message>
        <source>Reason: {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Record a cleaning of {equipment}</source>
        <translation>Record a cleaning of {equipment}</translation>
    </message>
    <message>
        <source>Record maintenance of {equipment}</source>
        <translation>Record maintenance of {equipment}</translation>
    </message>
    <message>
        <source>Report an incident on {equipment}</source>
        <translation>Report an incident on {equipment}</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Reference (procedure, product, work order)</source>
        <translation>Reference (procedure, product, work order)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Reporting an incident takes the equipment out of service at once.</source>
        <translation>Reporting an incident takes the equipment out of service at once.</translation>
    </message>
    <message>
        <source>Describe what was done or what happened.</source>
        <translation>Describe what was done or what happened.</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>Record the correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The original entry stays in the logbook, struck through, beside its correction.</source>
        <translation>The original entry stays in the logbook, struck through, beside its correction.</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entry</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Correct entry {id}</source>
        <translation>Correct entry {id}</translation>
    </message>
    <message>
        <source>Say why the entry is corrected.</source>
        <translation>Say why the entry is corrected.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>New status</source>
        <translation>New status</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Change the status</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Change the status of {equipment}</source>
        <translation>Change the status of {equipment}</translation>
    </message>
    <message>
        <source>Say why the status changes.</source>
        <translation>Say why the status changes.</translation>
    </message>
</context>
<context>
    <name>LogbookFilters</name>
    <message>
        <source>Kind of entry</source>
        <translation>Kind of entry</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>All entries</translation>
    </message>
    <message>
        <source>Between</source>
        <translation>Between</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Newest first</translation>
    </message>
    <message>
        <source>Oldest first</source>
        <translation>Oldest first</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To (included)</source>
        <translation>To (included)</translation>
    </message>
</context>
<context>
    <name>EquipmentLogbookPanel</name>
    <message>
        <source>Your roles do not allow you to record this entry. Ask a technician or an administrator.</source>
        <translation>Your roles do not allow you to record this entry. Ask a technician or an administrator.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to correct logbook entries. Ask a technician.</source>
        <translation>Your roles do not allow you to correct logbook entries. Ask a technician.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to change the status of equipment. Ask a technician or an administrator.</source>
        <translation>Your roles do not allow you to change the status of equipment. Ask a technician or an administrator.</translation>
    </message>
    <message>
        <source>← All equipment</source>
        <translation>← All equipment</translation>
    </message>
    <message>
        <source>+ Cleaning</source>
        <translation>+ Cleaning</translation>
    </message>
    <message>
        <source>+ Maintenance</source>
        <translation>+ Maintenance</translation>
    </message>
    <message>
        <source>Report an incident</source>
        <translation>Report an incident</translation>
    </message>
    <message>
        <source>Correct the entry…</source>
        <translation>Correct the entry…</translation>
    </message>
    <message>
        <source>Change the status…</source>
        <translation>Change the status…</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <source>This could not be done: unexpected error; the details are in the log.</source>
        <translation>This could not be done: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>The logbook could not be read.</source>
        <translation>The logbook could not be read.</translation>
    </message>
    <message>
        <source>Reading the logbook…</source>
        <translation>Reading the logbook…</translation>
    </message>
    <message>
        <source>Entry {id} recorded: it corrects entry {old}.</source>
        <translation>Entry {id} recorded: it corrects entry {old}.</translation>
    </message>
    <message>
        <source>Status changed to: {status}.</source>
        <translation>Status changed to: {status}.</translation>
    </message>
    <message>
        <source>{shown} of {total} entries loaded; scroll down for more</source>
        <translation>{shown} of {total} entries loaded; scroll down for more</translation>
    </message>
    <message>
        <source>Entry {id} was already corrected by entry {later}: correct the latest one.</source>
        <translation>Entry {id} was already corrected by entry {later}: correct the latest one.</translation>
    </message>
    <message>
        <source>Incident recorded as entry {id}. The equipment is now out of service.</source>
        <translation>Incident recorded as entry {id}. The equipment is now out of service.</translation>
    </message>
    <message>
        <source>Entry {id} recorded.</source>
        <translation>Entry {id} recorded.</translation>
    </message>
    <message>
        <source>+ Calibration</source>
        <translation>+ Calibration</translation>
    </message>
    <message>
        <source>+ Qualification</source>
        <translation>+ Qualification</translation>
    </message>
    <message>
        <source>For people who manage the equipment (technicians, administrators).</source>
        <translation>For people who manage the equipment (technicians, administrators).</translation>
    </message>
    <message>
        <source>Calibration recorded as entry {id}. The equipment is now out of service.</source>
        <translation>Calibration recorded as entry {id}. The equipment is now out of service.</translation>
    </message>
    <message>
        <source>{total} entries, all shown</source>
        <translation>{total} entries, all shown</translation>
    </message>
    <message>
        <source>Print the logbook…</source>
        <translation>Print the logbook…</translation>
    </message>
    <message>
        <source>The days chosen (all of them if none), every kind of entry.</source>
        <translation>The days chosen (all of them if none), every kind of entry.</translation>
    </message>
</context>
<context>
    <name>EquipmentPage</name>
    <message>
        <source>Equipment register</source>
        <translation>Equipment register</translation>
    </message>
    <message>
        <source>Search a code, a name or a room</source>
        <translation>Search a code, a name or a room</translation>
    </message>
    <message>
        <source>Search the equipment</source>
        <translation>Search the equipment</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Status filter</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Every status</translation>
    </message>
    <message>
        <source>Unfit for use</source>
        <translation>Unfit for use</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Choose an equipment to open its logbook.</source>
        <translation>Choose an equipment to open its logbook.</translation>
    </message>
    <message>
        <source>The equipment register could not be read: unexpected error; the details are in the log.</source>
        <translation>The equipment register could not be read: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>No equipment matches the search.</source>
        <translation>No equipment matches the search.</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
</context>
<context>
    <name>KioskUseWords</name>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Use started</source>
        <translation>Use started</translation>
    </message>
    <message>
        <source>Use ended</source>
        <translation>Use ended</translation>
    </message>
    <message>
        <source>Use refused</source>
        <translation>Use refused</translation>
    </message>
    <message>
        <source>Equipment not recorded</source>
        <translation>Equipment not recorded</translation>
    </message>
    <message>
        <source>Started at {time}</source>
        <translation>Started at {time}</translation>
    </message>
    <message>
        <source>Ended at {time}</source>
        <translation>Ended at {time}</translation>
    </message>
    <message>
        <source>Scan your badge first, then the equipment</source>
        <translation>Scan your badge first, then the equipment</translation>
    </message>
    <message>
        <source>Unknown equipment label: tell your instructor</source>
        <translation>Unknown equipment label: tell your instructor</translation>
    </message>
    <message>
        <source>Equipment out of service</source>
        <translation>Equipment out of service</translation>
    </message>
    <message>
        <source>Equipment in quarantine</source>
        <translation>Equipment in quarantine</translation>
    </message>
    <message>
        <source>Equipment already in use</source>
        <translation>Equipment already in use</translation>
    </message>
    <message>
        <source>Equipment being cleaned</source>
        <translation>Equipment being cleaned</translation>
    </message>
    <message>
        <source>Equipment under maintenance</source>
        <translation>Equipment under maintenance</translation>
    </message>
    <message>
        <source>No authorisation for this equipment</source>
        <translation>No authorisation for this equipment</translation>
    </message>
    <message>
        <source>Calibration overdue since {date}</source>
        <translation>Calibration overdue since {date}</translation>
    </message>
    <message>
        <source>{phase} qualification missing</source>
        <translation>{phase} qualification missing</translation>
    </message>
    <message>
        <source>Authorisation expired since {date}</source>
        <translation>Authorisation expired since {date}</translation>
    </message>
    <message>
        <source>Authorisation withdrawn since {date}</source>
        <translation>Authorisation withdrawn since {date}</translation>
    </message>
    <message>
        <source>Authorisation lapsed: last use on {date}</source>
        <translation>Authorisation lapsed: last use on {date}</translation>
    </message>
    <message>
        <source>Answer not compliant: {question}</source>
        <translation>Answer not compliant: {question}</translation>
    </message>
    <message>
        <source>Use refused ({code})</source>
        <translation>Use refused ({code})</translation>
    </message>
    <message>
        <source>Under an override signed by {name}</source>
        <translation>Under an override signed by {name}</translation>
    </message>
</context>
<context>
    <name>EquipmentQuestionsScreen</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <source>After use</source>
        <translation>After use</translation>
    </message>
    <message>
        <source>Before use</source>
        <translation>Before use</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>Question {number} of {total}</source>
        <translation>Question {number} of {total}</translation>
    </message>
</context>
<context>
    <name>AuthorisationPage</name>
    <message>
        <source>Authorisations</source>
        <translation>Authorisations</translation>
    </message>
    <message>
        <source>Equipment authorisations</source>
        <translation>Equipment authorisations</translation>
    </message>
    <message>
        <source>Search a learner</source>
        <translation>Search a learner</translation>
    </message>
    <message>
        <source>Search a learner by name</source>
        <translation>Search a learner by name</translation>
    </message>
    <message>
        <source>Room of the equipment</source>
        <translation>Room of the equipment</translation>
    </message>
    <message>
        <source>Which learners</source>
        <translation>Which learners</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>Holding an authorisation</source>
        <translation>Holding an authorisation</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Needing attention</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The authorisations could not be read: unexpected error; the details are in the log.</source>
        <translation>The authorisations could not be read: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>Every room</source>
        <translation>Every room</translation>
    </message>
    <message>
        <source>{name} is now authorised to use {code} until {date}.</source>
        <translation>{name} is now authorised to use {code} until {date}.</translation>
    </message>
    <message>
        <source>The authorisation of {name} for {code} is extended until {date}.</source>
        <translation>The authorisation of {name} for {code} is extended until {date}.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <source>Your roles do not allow you to grant or revoke authorisations. Ask a technician or an instructor.</source>
        <translation>Your roles do not allow you to grant or revoke authorisations. Ask a technician or an instructor.</translation>
    </message>
    <message>
        <source>No equipment needs an authorisation.</source>
        <translation>No equipment needs an authorisation.</translation>
    </message>
    <message>
        <source>No learner matches the search.</source>
        <translation>No learner matches the search.</translation>
    </message>
    <message>
        <source>The authorisation of {name} for {code} is revoked.</source>
        <translation>The authorisation of {name} for {code} is revoked.</translation>
    </message>
    <message>
        <source>This could not be done: unexpected error; the details are in the log.</source>
        <translation>This could not be done: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>The end date {date} is already past: choose today or later.</source>
        <translation>The end date {date} is already past: choose today or later.</translation>
    </message>
    <message>
        <source>Reading the authorisations…</source>
        <translation>Reading the authorisations…</translation>
    </message>
</context>
<context>
    <name>AuthorisationPanel</name>
    <message>
        <source>Valid until</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>End date of the authorisation</source>
        <translation>End date of the authorisation</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>Touch a cell to choose a learner and an equipment.</source>
        <translation>Touch a cell to choose a learner and an equipment.</translation>
    </message>
    <message>
        <source>Grant again</source>
        <translation>Grant again</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Extend</translation>
    </message>
</context>
<context>
    <name>AuthorisationTableModel</name>
    <message>
        <source>Valid</source>
        <translation>Valid</translation>
    </message>
    <message>
        <source>Expires soon</source>
        <translation>Expires soon</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Lapsed</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revoked</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>no end date</translation>
    </message>
    <message>
        <source>until {date}</source>
        <translation>until {date}</translation>
    </message>
    <message>
        <source>{learner} — {code}: {state}</source>
        <translation>{learner} — {code}: {state}</translation>
    </message>
    <message>
        <source>on {date}</source>
        <translation>on {date}</translation>
    </message>
    <message>
        <source>not used since {date}</source>
        <translation>not used since {date}</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Never used</translation>
    </message>
    <message>
        <source>{name} — room {room}</source>
        <translation>{name} — room {room}</translation>
    </message>
    <message>
        <source>Last used on {date}</source>
        <translation>Last used on {date}</translation>
    </message>
    <message>
        <source>Granted by {name} on {date}</source>
        <translation>Granted by {name} on {date}</translation>
    </message>
    <message>
        <source>Revoked by {name} on {date}: {reason}</source>
        <translation>Revoked by {name} on {date}: {reason}</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke an authorisation</source>
        <translation>Revoke an authorisation</translation>
    </message>
    <message>
        <source>Reason for the revocation</source>
        <translation>Reason for the revocation</translation>
    </message>
    <message>
        <source>Why? (kept on record)</source>
        <translation>Why? (kept on record)</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Say why the authorisation is revoked.</source>
        <translation>Say why the authorisation is revoked.</translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>Take the equipment out of service</source>
        <translation>Take the equipment out of service</translation>
    </message>
    <message>
        <source>Failed calibration</source>
        <translation>Failed calibration</translation>
    </message>
    <message>
        <source>Reason for taking it out of service</source>
        <translation>Reason for taking it out of service</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Record a calibration of {equipment}</source>
        <translation>Record a calibration of {equipment}</translation>
    </message>
    <message>
        <source>Say why the equipment goes out of service.</source>
        <translation>Say why the equipment goes out of service.</translation>
    </message>
</context>
<context>
    <name>CalibrationFields</name>
    <message>
        <source>Performed on</source>
        <translation>Performed on</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Performed by</translation>
    </message>
    <message>
        <source>Person or company</source>
        <translation>Person or company</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <source>Certificate or report number</source>
        <translation>Certificate or report number</translation>
    </message>
    <message>
        <source>Choose a date</source>
        <translation>Choose a date</translation>
    </message>
    <message>
        <source>Next due date</source>
        <translation>Next due date</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Next due</source>
        <translation>Next due</translation>
    </message>
    <message>
        <source>Say who performed the calibration (a person or a company).</source>
        <translation>Say who performed the calibration (a person or a company).</translation>
    </message>
    <message>
        <source>Choose the result: passed or failed.</source>
        <translation>Choose the result: passed or failed.</translation>
    </message>
    <message>
        <source>A failed calibration does not move the due date: the date given is only noted. Take the equipment out of service until a calibration passes.</source>
        <translation>A failed calibration does not move the due date: the date given is only noted. Take the equipment out of service until a calibration passes.</translation>
    </message>
    <message>
        <source>A failed calibration does not move the due date: it stays on {date}. Take the equipment out of service until a calibration passes.</source>
        <translation>A failed calibration does not move the due date: it stays on {date}. Take the equipment out of service until a calibration passes.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>The equipment will be due for calibration on {date}.</source>
        <translation>The equipment will be due for calibration on {date}.</translation>
    </message>
    <message>
        <source>Filled from the calibration interval ({days} days); you may change it.</source>
        <translation>Filled from the calibration interval ({days} days); you may change it.</translation>
    </message>
    <message>
        <source>Current due date: {date}.</source>
        <translation>Current due date: {date}.</translation>
    </message>
    <message>
        <source>No calibration due date recorded yet.</source>
        <translation>No calibration due date recorded yet.</translation>
    </message>
    <message>
        <source>Choose the next due date (after the calibration day).</source>
        <translation>Choose the next due date (after the calibration day).</translation>
    </message>
</context>
<context>
    <name>QualificationDialog</name>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Record a qualification of {equipment}</source>
        <translation>Record a qualification of {equipment}</translation>
    </message>
    <message>
        <source>{phase} will count as qualified.</source>
        <translation>{phase} will count as qualified.</translation>
    </message>
    <message>
        <source>Not qualified yet: {missing}; the phases normally follow the order IQ, OQ, PQ.</source>
        <translation>Not qualified yet: {missing}; the phases normally follow the order IQ, OQ, PQ.</translation>
    </message>
    <message>
        <source>{phase} will no longer count as qualified.</source>
        <translation>{phase} will no longer count as qualified.</translation>
    </message>
    <message>
        <source>The equipment will be unfit for use until {phase} passes.</source>
        <translation>The equipment will be unfit for use until {phase} passes.</translation>
    </message>
</context>
<context>
    <name>QualificationFields</name>
    <message>
        <source>Protocol or report</source>
        <translation>Protocol or report</translation>
    </message>
    <message>
        <source>Protocol or report reference</source>
        <translation>Protocol or report reference</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Choose the phase: IQ, OQ or PQ.</source>
        <translation>Choose the phase: IQ, OQ or PQ.</translation>
    </message>
    <message>
        <source>Choose the result: passed or failed.</source>
        <translation>Choose the result: passed or failed.</translation>
    </message>
    <message>
        <source>Give the reference of the protocol or report.</source>
        <translation>Give the reference of the protocol or report.</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
</context>
<context>
    <name>OverrideDialog</name>
    <message>
        <source>Staff override</source>
        <translation>Staff override</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Reason for the override</source>
        <translation>Reason for the override</translation>
    </message>
    <message>
        <source>e.g. first use under my supervision</source>
        <translation>e.g. first use under my supervision</translation>
    </message>
    <message>
        <source>Sign the override</source>
        <translation>Sign the override</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Type your login and your password.</translation>
    </message>
    <message>
        <source>Type the reason for this override: it is recorded with your signature.</source>
        <translation>Type the reason for this override: it is recorded with your signature.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Checking the signature…</translation>
    </message>
    <message>
        <source>Signature recorded. Checking the equipment again…</source>
        <translation>Signature recorded. Checking the equipment again…</translation>
    </message>
    <message>
        <source>The account {login} may not sign overrides: ask an instructor or a technician.</source>
        <translation>The account {login} may not sign overrides: ask an instructor or a technician.</translation>
    </message>
    <message>
        <source>This use cannot be overridden now: {reasons}.</source>
        <translation>This use cannot be overridden now: {reasons}.</translation>
    </message>
    <message>
        <source>The signature could not be recorded: unexpected error; the details are in the log.</source>
        <translation>The signature could not be recorded: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>{name} ({code})</source>
        <translation>{name} ({code})</translation>
    </message>
    <message>
        <source>By signing you authorise this one use despite:</source>
        <translation>By signing you authorise this one use despite:</translation>
    </message>
    <message>
        <source>For this learner and this equipment only, within {minutes} minutes. Your name, the time and your reason are recorded in the logbook and the audit trail.</source>
        <translation>For this learner and this equipment only, within {minutes} minutes. Your name, the time and your reason are recorded in the logbook and the audit trail.</translation>
    </message>
</context>
<context>
    <name>InstrumentConsole</name>
    <message>
        <source>Instruments</source>
        <translation>Instruments</translation>
    </message>
    <message>
        <source>Record this reading</source>
        <translation>Record this reading</translation>
    </message>
    <message>
        <source>Record the reading shown</source>
        <translation>Record the reading shown</translation>
    </message>
    <message>
        <source>The instrument register could not be read: unexpected error; the details are in the log.</source>
        <translation>The instrument register could not be read: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>Recording the reading…</source>
        <translation>Recording the reading…</translation>
    </message>
    <message>
        <source>The reading could not be recorded: unexpected error; the details are in the log.</source>
        <translation>The reading could not be recorded: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>Choose the serial port or type its path.</source>
        <translation>Choose the serial port or type its path.</translation>
    </message>
    <message>
        <source>Already recorded for {code}: {value}, read at {time}.</source>
        <translation>Already recorded for {code}: {value}, read at {time}.</translation>
    </message>
    <message>
        <source>Recorded for {code}: {value}, read at {time}.</source>
        <translation>Recorded for {code}: {value}, read at {time}.</translation>
    </message>
    <message>
        <source>This instrument reports serial number {reported}, but {code} is registered with {registered}: its readings will be refused.</source>
        <translation>This instrument reports serial number {reported}, but {code} is registered with {registered}: its readings will be refused.</translation>
    </message>
</context>
<context>
    <name>LivePlot</name>
    <message>
        <source>Last minutes</source>
        <translation>Last minutes</translation>
    </message>
    <message>
        <source>Plot of the readings over time</source>
        <translation>Plot of the readings over time</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>Show the last {minutes} minutes</source>
        <translation>Show the last {minutes} minutes</translation>
    </message>
</context>
<context>
    <name>ReadingPanel</name>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation>✔ Connected</translation>
    </message>
    <message>
        <source>⚠ Disconnected: waiting for the instrument to come back</source>
        <translation>⚠ Disconnected: waiting for the instrument to come back</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Disconnecting…</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>No reading</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stable</translation>
    </message>
    <message>
        <source>≈ Not stable yet</source>
        <translation>≈ Not stable yet</translation>
    </message>
    <message>
        <source>▲ Overload: above the range</source>
        <translation>▲ Overload: above the range</translation>
    </message>
    <message>
        <source>▼ Underload: below the range</source>
        <translation>▼ Underload: below the range</translation>
    </message>
    <message>
        <source>⚠ Error</source>
        <translation>⚠ Error</translation>
    </message>
    <message>
        <source>Last read failed: {detail}</source>
        <translation>Last read failed: {detail}</translation>
    </message>
    <message>
        <source>Instrument: {identity}</source>
        <translation>Instrument: {identity}</translation>
    </message>
    <message>
        <source>Last reading at {time}</source>
        <translation>Last reading at {time}</translation>
    </message>
</context>
<context>
    <name>WireTableModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>→ sent</source>
        <translation>→ sent</translation>
    </message>
    <message>
        <source>← received</source>
        <translation>← received</translation>
    </message>
    <message>
        <source>⚠ fault</source>
        <translation>⚠ fault</translation>
    </message>
    <message>
        <source>• event</source>
        <translation>• event</translation>
    </message>
</context>
<context>
    <name>WireMonitor</name>
    <message>
        <source>Wire monitor</source>
        <translation>Wire monitor</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Freeze the wire monitor to read it</source>
        <translation>Freeze the wire monitor to read it</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Clear the wire monitor</source>
        <translation>Clear the wire monitor</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>Hex</translation>
    </message>
    <message>
        <source>Show the bytes in hexadecimal</source>
        <translation>Show the bytes in hexadecimal</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Show the bytes as text</source>
        <translation>Show the bytes as text</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <source>Scroll to the newest bytes</source>
        <translation>Scroll to the newest bytes</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Paused: {count} new records held</source>
        <translation>Paused: {count} new records held</translation>
    </message>
</context>
<context>
    <name>ConnectionForm</name>
    <message>
        <source>Registered instrument, or a new one</source>
        <translation>Registered instrument, or a new one</translation>
    </message>
    <message>
        <source>Serial port: choose one or type its path</source>
        <translation>Serial port: choose one or type its path</translation>
    </message>
    <message>
        <source>Look for serial ports again</source>
        <translation>Look for serial ports again</translation>
    </message>
    <message>
        <source>Driver: the instrument's protocol</source>
        <translation>Driver: the instrument's protocol</translation>
    </message>
    <message>
        <source>Line settings, e.g. 9600,8N1</source>
        <translation>Line settings, e.g. 9600,8N1</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Mettler Toledo balance (MT-SICS)</source>
        <translation>Mettler Toledo balance (MT-SICS)</translation>
    </message>
    <message>
        <source>Sartorius balance (SBI)</source>
        <translation>Sartorius balance (SBI)</translation>
    </message>
    <message>
        <source>Bench multimeter (SCPI, 34401A class)</source>
        <translation>Bench multimeter (SCPI, 34401A class)</translation>
    </message>
    <message>
        <source>Thermo Orion Star pH meter</source>
        <translation>Thermo Orion Star pH meter</translation>
    </message>
    <message>
        <source>Modbus RTU transmitter or signal conditioner</source>
        <translation>Modbus RTU transmitter or signal conditioner</translation>
    </message>
    <message>
        <source>New instrument: choose port, driver and line</source>
        <translation>New instrument: choose port, driver and line</translation>
    </message>
    <message>
        <source>Instrument</source>
        <translation>Instrument</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Driver</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>No calibration date on record: readings from this instrument are not usable as GMP evidence.</source>
        <translation>No calibration date on record: readings from this instrument are not usable as GMP evidence.</translation>
    </message>
    <message>
        <source>Calibration overdue since {date}: readings from this instrument are not usable as GMP evidence.</source>
        <translation>Calibration overdue since {date}: readings from this instrument are not usable as GMP evidence.</translation>
    </message>
</context>
<context>
    <name>BalanceCheckScreen</name>
    <message>
        <source>Test weight: its value on the certificate</source>
        <translation>Test weight: its value on the certificate</translation>
    </message>
    <message>
        <source>e.g. 100.000</source>
        <translation>e.g. 100.000</translation>
    </message>
    <message>
        <source>Unit of the test weight</source>
        <translation>Unit of the test weight</translation>
    </message>
    <message>
        <source>Scale interval d of the balance (optional)</source>
        <translation>Scale interval d of the balance (optional)</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Capture a weighing</source>
        <translation>Capture a weighing</translation>
    </message>
    <message>
        <source>Leave out the chosen weighing</source>
        <translation>Leave out the chosen weighing</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>Put it back</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Start again</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <source>test weight</source>
        <translation>test weight</translation>
    </message>
    <message>
        <source>Test weight</source>
        <translation>Test weight</translation>
    </message>
    <message>
        <source>Scale interval d</source>
        <translation>Scale interval d</translation>
    </message>
    <message>
        <source>No stable weight yet: wait until the balance says Stable.</source>
        <translation>No stable weight yet: wait until the balance says Stable.</translation>
    </message>
    <message>
        <source>This reading was just captured: wait for the next one.</source>
        <translation>This reading was just captured: wait for the next one.</translation>
    </message>
    <message>
        <source>Choose a weighing in the table first.</source>
        <translation>Choose a weighing in the table first.</translation>
    </message>
    <message>
        <source>Enter the test weight's value (from its certificate).</source>
        <translation>Enter the test weight's value (from its certificate).</translation>
    </message>
    <message>
        <source>scale interval d</source>
        <translation>scale interval d</translation>
    </message>
    <message>
        <source>Choose the learner who did the exercise.</source>
        <translation>Choose the learner who did the exercise.</translation>
    </message>
    <message>
        <source>Capture the weighings first.</source>
        <translation>Capture the weighings first.</translation>
    </message>
    <message>
        <source>The balance weighs in {unit} but the test weight is in {expected}: choose the same unit.</source>
        <translation>The balance weighs in {unit} but the test weight is in {expected}: choose the same unit.</translation>
    </message>
    <message>
        <source>Balance check</source>
        <translation>Balance check</translation>
    </message>
    <message>
        <source>Leave out</source>
        <translation>Leave out</translation>
    </message>
</context>
<context>
    <name>BalanceFigures</name>
    <message>
        <source>Weighings counted</source>
        <translation>Weighings counted</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <source>Standard deviation s</source>
        <translation>Standard deviation s</translation>
    </message>
    <message>
        <source>Result: —</source>
        <translation>Result: —</translation>
    </message>
    <message>
        <source>{count} (at least {needed})</source>
        <translation>{count} (at least {needed})</translation>
    </message>
    <message>
        <source>Result: {verdict}</source>
        <translation>Result: {verdict}</translation>
    </message>
    <message>
        <source>Repeatability 2s/m (limit {limit} %)</source>
        <translation>Repeatability 2s/m (limit {limit} %)</translation>
    </message>
    <message>
        <source>Accuracy, deviation (limit {limit} %)</source>
        <translation>Accuracy, deviation (limit {limit} %)</translation>
    </message>
</context>
<context>
    <name>ExerciseWords</name>
    <message>
        <source>✔ Pass</source>
        <translation>✔ Pass</translation>
    </message>
    <message>
        <source>✖ Fail</source>
        <translation>✖ Fail</translation>
    </message>
    <message>
        <source>… Not evaluable</source>
        <translation>… Not evaluable</translation>
    </message>
    <message>
        <source>Unexpected error; the details are in the log.</source>
        <translation>Unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>Recording the result…</source>
        <translation>Recording the result…</translation>
    </message>
    <message>
        <source>Already recorded for {name}: {verdict}.</source>
        <translation>Already recorded for {name}: {verdict}.</translation>
    </message>
    <message>
        <source>Recorded for {name}: {verdict}.</source>
        <translation>Recorded for {name}: {verdict}.</translation>
    </message>
    <message>
        <source>Not in calibration: {codes}; a training result only.</source>
        <translation>Not in calibration: {codes}; a training result only.</translation>
    </message>
    <message>
        <source>What you had entered before the staff area locked is back.</source>
        <translation>What you had entered before the staff area locked is back.</translation>
    </message>
</context>
<context>
    <name>LearnerPicker</name>
    <message>
        <source>Type a name</source>
        <translation>Type a name</translation>
    </message>
    <message>
        <source>Search the learner by name</source>
        <translation>Search the learner by name</translation>
    </message>
    <message>
        <source>Learner doing the exercise</source>
        <translation>Learner doing the exercise</translation>
    </message>
    <message>
        <source>No learner chosen</source>
        <translation>No learner chosen</translation>
    </message>
    <message>
        <source>Course session: choose one running here or type its code</source>
        <translation>Course session: choose one running here or type its code</translation>
    </message>
    <message>
        <source>No session</source>
        <translation>No session</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>The learners could not be read</source>
        <translation>The learners could not be read</translation>
    </message>
</context>
<context>
    <name>LoopCalibrationScreen</name>
    <message>
        <source>Range: value at 4 mA</source>
        <translation>Range: value at 4 mA</translation>
    </message>
    <message>
        <source>Range: value at 20 mA</source>
        <translation>Range: value at 20 mA</translation>
    </message>
    <message>
        <source>Engineering unit</source>
        <translation>Engineering unit</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Tolerance in % of span</source>
        <translation>Tolerance in % of span</translation>
    </message>
    <message>
        <source>Clear this series</source>
        <translation>Clear this series</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <source>tolerance</source>
        <translation>tolerance</translation>
    </message>
    <message>
        <source>range at 4 mA</source>
        <translation>range at 4 mA</translation>
    </message>
    <message>
        <source>range at 20 mA</source>
        <translation>range at 20 mA</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>As found</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>As left</translation>
    </message>
    <message>
        <source>As left (after adjustment)</source>
        <translation>As left (after adjustment)</translation>
    </message>
    <message>
        <source>Transmitter range</source>
        <translation>Transmitter range</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Tolerance ±</source>
        <translation>Tolerance ±</translation>
    </message>
    <message>
        <source>% of span</source>
        <translation>% of span</translation>
    </message>
    <message>
        <source>No stable reading yet: wait until it says Stable.</source>
        <translation>No stable reading yet: wait until it says Stable.</translation>
    </message>
    <message>
        <source>Give both ends of the transmitter's range, or neither.</source>
        <translation>Give both ends of the transmitter's range, or neither.</translation>
    </message>
    <message>
        <source>Choose the learner who did the exercise.</source>
        <translation>Choose the learner who did the exercise.</translation>
    </message>
    <message>
        <source>The instrument gives {unit}, not a current: it cannot serve this exercise.</source>
        <translation>The instrument gives {unit}, not a current: it cannot serve this exercise.</translation>
    </message>
    <message>
        <source>4–20 mA loop</source>
        <translation>4–20 mA loop</translation>
    </message>
    <message>
        <source>4 mA</source>
        <translation>4 mA</translation>
    </message>
    <message>
        <source>20 mA</source>
        <translation>20 mA</translation>
    </message>
</context>
<context>
    <name>LoopSummary</name>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Largest error</source>
        <translation>Largest error</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Result: —</source>
        <translation>Result: —</translation>
    </message>
    <message>
        <source>As found</source>
        <translation>As found</translation>
    </message>
    <message>
        <source>As left</source>
        <translation>As left</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>not measured</translation>
    </message>
    <message>
        <source>incomplete</source>
        <translation>incomplete</translation>
    </message>
    <message>
        <source>Result: {verdict}</source>
        <translation>Result: {verdict}</translation>
    </message>
    <message>
        <source>Judged on the as-left series.</source>
        <translation>Judged on the as-left series.</translation>
    </message>
    <message>
        <source>Judged on the as-found series.</source>
        <translation>Judged on the as-found series.</translation>
    </message>
</context>
<context>
    <name>LoopSeriesPanel</name>
    <message>
        <source>Point</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Measured (mA)</source>
        <translation>Measured (mA)</translation>
    </message>
    <message>
        <source>Error, % of span</source>
        <translation>Error, % of span</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Capture</source>
        <translation>Capture</translation>
    </message>
    <message>
        <source>⚠ Failure signal</source>
        <translation>⚠ Failure signal</translation>
    </message>
    <message>
        <source>✖ Out of range</source>
        <translation>✖ Out of range</translation>
    </message>
    <message>
        <source>✖ Out of tolerance</source>
        <translation>✖ Out of tolerance</translation>
    </message>
    <message>
        <source>{series}, point {percent} %: measured current in mA</source>
        <translation>{series}, point {percent} %: measured current in mA</translation>
    </message>
    <message>
        <source>{series}, point {percent} %: capture the stable reading</source>
        <translation>{series}, point {percent} %: capture the stable reading</translation>
    </message>
    <message>
        <source>✍ Entered by hand.</source>
        <translation>✍ Entered by hand.</translation>
    </message>
    <message>
        <source>Point {percent} %</source>
        <translation>Point {percent} %</translation>
    </message>
</context>
<context>
    <name>InstrumentSource</name>
    <message>
        <source>Instrument read for the exercise</source>
        <translation>Instrument read for the exercise</translation>
    </message>
    <message>
        <source>No instrument registered for this exercise</source>
        <translation>No instrument registered for this exercise</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>The instrument register could not be read: unexpected error; the details are in the log.</source>
        <translation>The instrument register could not be read: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>⚠ Read failed</source>
        <translation>⚠ Read failed</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation>✔ Connected</translation>
    </message>
    <message>
        <source>⚠ Disconnected: waiting</source>
        <translation>⚠ Disconnected: waiting</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Disconnecting…</translation>
    </message>
    <message>
        <source>Choose an instrument first.</source>
        <translation>Choose an instrument first.</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stable</translation>
    </message>
    <message>
        <source>≈ Not stable</source>
        <translation>≈ Not stable</translation>
    </message>
    <message>
        <source>▲ Overload</source>
        <translation>▲ Overload</translation>
    </message>
    <message>
        <source>▼ Underload</source>
        <translation>▼ Underload</translation>
    </message>
    <message>
        <source>⚠ Error</source>
        <translation>⚠ Error</translation>
    </message>
    <message>
        <source>Instrument: {identity}</source>
        <translation>Instrument: {identity}</translation>
    </message>
    <message>
        <source>{code} has no serial port in the register: set it on the instruments page.</source>
        <translation>{code} has no serial port in the register: set it on the instruments page.</translation>
    </message>
    <message>
        <source>{code}: calibration overdue since {date}. Its readings are not GMP evidence: training use only.</source>
        <translation>{code}: calibration overdue since {date}. Its readings are not GMP evidence: training use only.</translation>
    </message>
    <message>
        <source>{code}: no calibration date on record. Its readings are not GMP evidence: training use only.</source>
        <translation>{code}: no calibration date on record. Its readings are not GMP evidence: training use only.</translation>
    </message>
</context>
<context>
    <name>WeighingTableModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Weighing</source>
        <translation>Weighing</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>✖ Left out</source>
        <translation>✖ Left out</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stable</translation>
    </message>
    <message>
        <source>Removed before recording: not counted, not recorded.</source>
        <translation>Removed before recording: not counted, not recorded.</translation>
    </message>
</context>
<context>
    <name>ChecklistWords</name>
    <message>
        <source>Unexpected error; nothing more was recorded. The details are in the log.</source>
        <translation>Unexpected error; nothing more was recorded. The details are in the log.</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Reviewed</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>By signing I confirm that I executed these steps and that the values recorded are true.</source>
        <translation>By signing I confirm that I executed these steps and that the values recorded are true.</translation>
    </message>
    <message>
        <source>By signing I confirm that I reviewed this record completely: values, verdicts, deviations and evidence.</source>
        <translation>By signing I confirm that I reviewed this record completely: values, verdicts, deviations and evidence.</translation>
    </message>
    <message>
        <source>By signing I approve this record as quality assurance; it is then locked.</source>
        <translation>By signing I approve this record as quality assurance; it is then locked.</translation>
    </message>
    <message>
        <source>By signing I reject this record; it goes back to in progress for the reason I give.</source>
        <translation>By signing I reject this record; it goes back to in progress for the reason I give.</translation>
    </message>
    <message>
        <source>✔ Passed</source>
        <translation>✔ Passed</translation>
    </message>
    <message>
        <source>✖ Failed</source>
        <translation>✖ Failed</translation>
    </message>
    <message>
        <source>● Not evaluated</source>
        <translation>● Not evaluated</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>To do</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Not evaluated</source>
        <translation>Not evaluated</translation>
    </message>
    <message>
        <source>Waiting for prerequisites</source>
        <translation>Waiting for prerequisites</translation>
    </message>
    <message>
        <source>Deviation</source>
        <translation>Deviation</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Choice</translation>
    </message>
    <message>
        <source>Instrument reading</source>
        <translation>Instrument reading</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Attachment</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Routine</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Exercise</translation>
    </message>
    <message>
        <source>✔ Conforms</source>
        <translation>✔ Conforms</translation>
    </message>
    <message>
        <source>✖ Does not conform</source>
        <translation>✖ Does not conform</translation>
    </message>
</context>
<context>
    <name>ValueCorrectionDialog</name>
    <message>
        <source>Correct a recorded value</source>
        <translation>Correct a recorded value</translation>
    </message>
    <message>
        <source>Recorded: {old}
New value: {new}</source>
        <translation>Recorded: {old}
New value: {new}</translation>
    </message>
    <message>
        <source>The value recorded stays in the record; the new one is added with your name and your reason.</source>
        <translation>The value recorded stays in the record; the new one is added with your name and your reason.</translation>
    </message>
    <message>
        <source>Reason for the correction</source>
        <translation>Reason for the correction</translation>
    </message>
    <message>
        <source>e.g. typing error, reading repeated after levelling</source>
        <translation>e.g. typing error, reading repeated after levelling</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Record the correction</source>
        <translation>Record the correction</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Give the reason for the correction.</source>
        <translation>Give the reason for the correction.</translation>
    </message>
</context>
<context>
    <name>InstrumentCapture</name>
    <message>
        <source>Instrument read for this step</source>
        <translation>Instrument read for this step</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Disconnect</source>
        <translation>Disconnect</translation>
    </message>
    <message>
        <source>Capture the reading</source>
        <translation>Capture the reading</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Not connected</translation>
    </message>
    <message>
        <source>Choose an instrument first.</source>
        <translation>Choose an instrument first.</translation>
    </message>
    <message>
        <source>⚠ Read failed</source>
        <translation>⚠ Read failed</translation>
    </message>
    <message>
        <source>Disconnecting…</source>
        <translation>Disconnecting…</translation>
    </message>
    <message>
        <source>{code} cannot be used: its calibration is overdue since {date}. Its readings cannot serve as evidence: choose a calibrated instrument.</source>
        <translation>{code} cannot be used: its calibration is overdue since {date}. Its readings cannot serve as evidence: choose a calibrated instrument.</translation>
    </message>
    <message>
        <source>{code} cannot be used: no calibration date on record. Its readings cannot serve as evidence: choose a calibrated instrument.</source>
        <translation>{code} cannot be used: no calibration date on record. Its readings cannot serve as evidence: choose a calibrated instrument.</translation>
    </message>
    <message>
        <source>Instrument: {identity}</source>
        <translation>Instrument: {identity}</translation>
    </message>
    <message>
        <source>✔ Stable</source>
        <translation>✔ Stable</translation>
    </message>
    <message>
        <source>≈ Not stable</source>
        <translation>≈ Not stable</translation>
    </message>
    <message>
        <source>▲ Overload</source>
        <translation>▲ Overload</translation>
    </message>
    <message>
        <source>▼ Underload</source>
        <translation>▼ Underload</translation>
    </message>
    <message>
        <source>⚠ Error</source>
        <translation>⚠ Error</translation>
    </message>
    <message>
        <source>✔ Connected</source>
        <translation>✔ Connected</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>No {driver} instrument is registered: register one on the instruments page.</source>
        <translation>No {driver} instrument is registered: register one on the instruments page.</translation>
    </message>
    <message>
        <source>{code} has no serial port in the register: set it on the instruments page.</source>
        <translation>{code} has no serial port in the register: set it on the instruments page.</translation>
    </message>
</context>
<context>
    <name>ChecklistRunner</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>✍ Sign as executed</source>
        <translation>✍ Sign as executed</translation>
    </message>
    <message>
        <source>✔ Conforms</source>
        <translation>✔ Conforms</translation>
    </message>
    <message>
        <source>✖ Does not conform</source>
        <translation>✖ Does not conform</translation>
    </message>
    <message>
        <source>TRAINING run</source>
        <translation>TRAINING run</translation>
    </message>
    <message>
        <source>Step {number}: {instruction}</source>
        <translation>Step {number}: {instruction}</translation>
    </message>
    <message>
        <source>Failed: {answer}</source>
        <translation>Failed: {answer}</translation>
    </message>
    <message>
        <source>Deviation postponed: the checklist cannot be signed as executed until it is raised.</source>
        <translation>Deviation postponed: the checklist cannot be signed as executed until it is raised.</translation>
    </message>
    <message>
        <source>Cannot be signed as executed yet. {problems}</source>
        <translation>Cannot be signed as executed yet. {problems}</translation>
    </message>
    <message>
        <source>Signed as executed by {name}, {when}.</source>
        <translation>Signed as executed by {name}, {when}.</translation>
    </message>
    <message>
        <source>Deviation {number} recorded.</source>
        <translation>Deviation {number} recorded.</translation>
    </message>
    <message>
        <source>This checklist is already signed ({state}).</source>
        <translation>This checklist is already signed ({state}).</translation>
    </message>
    <message>
        <source>Mandatory steps without a value: {steps}.</source>
        <translation>Mandatory steps without a value: {steps}.</translation>
    </message>
    <message>
        <source>Failed steps that still need their deviation: {steps}.</source>
        <translation>Failed steps that still need their deviation: {steps}.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>{code} version {version}: {title}
Equipment {equipment} — {name}
Steps: {steps} · deviations: {deviations}</source>
        <translation>{code} version {version}: {title}
Equipment {equipment} — {name}
Steps: {steps} · deviations: {deviations}</translation>
    </message>
    <message>
        <source>TRAINING run, practised by {trainee}</source>
        <translation>TRAINING run, practised by {trainee}</translation>
    </message>
    <message>
        <source>This checklist is no longer in progress: what you had typed before the staff area locked was not entered.</source>
        <translation>This checklist is no longer in progress: what you had typed before the staff area locked was not entered.</translation>
    </message>
    <message>
        <source>What you had entered before the staff area locked is back.</source>
        <translation>What you had entered before the staff area locked is back.</translation>
    </message>
</context>
<context>
    <name>StepPanel</name>
    <message>
        <source>✔ Conforms</source>
        <translation>✔ Conforms</translation>
    </message>
    <message>
        <source>✖ Does not conform</source>
        <translation>✖ Does not conform</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Raise the deviation…</source>
        <translation>Raise the deviation…</translation>
    </message>
    <message>
        <source>required</source>
        <translation>required</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>{code} (serial no. {serial}), calibrated until {due}; reading {reading} {unit}</source>
        <translation>{code} (serial no. {serial}), calibrated until {due}; reading {reading} {unit}</translation>
    </message>
    <message>
        <source>Attach a file</source>
        <translation>Attach a file</translation>
    </message>
    <message>
        <source>Accepted files ({patterns})</source>
        <translation>Accepted files ({patterns})</translation>
    </message>
    <message>
        <source>e.g. 121,5</source>
        <translation>e.g. 121,5</translation>
    </message>
    <message>
        <source>Type the answer</source>
        <translation>Type the answer</translation>
    </message>
    <message>
        <source>○ No value yet</source>
        <translation>○ No value yet</translation>
    </message>
    <message>
        <source>A failed step needs a deviation before the checklist can be signed as executed.</source>
        <translation>A failed step needs a deviation before the checklist can be signed as executed.</translation>
    </message>
    <message>
        <source>Entered by {name}, {when}</source>
        <translation>Entered by {name}, {when}</translation>
    </message>
    <message>
        <source>Type the value first.</source>
        <translation>Type the value first.</translation>
    </message>
    <message>
        <source>{section} · Step {number} of {total} · {kind}, {need}</source>
        <translation>{section} · Step {number} of {total} · {kind}, {need}</translation>
    </message>
    <message>
        <source>Criterion: {criterion}</source>
        <translation>Criterion: {criterion}</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Waits for step {steps}: do it first.</source>
        <translation>Waits for step {steps}: do it first.</translation>
    </message>
    <message>
        <source>correction {version}: {reason}</source>
        <translation>correction {version}: {reason}</translation>
    </message>
    <message>
        <source>✖ Failed: {answer}</source>
        <translation>✖ Failed: {answer}</translation>
    </message>
    <message>
        <source>✔ Passed: {answer}</source>
        <translation>✔ Passed: {answer}</translation>
    </message>
    <message>
        <source>● Recorded: {answer}</source>
        <translation>● Recorded: {answer}</translation>
    </message>
    <message>
        <source>{name} could not be read: {error}</source>
        <translation>{name} could not be read: {error}</translation>
    </message>
    <message>
        <source>Choose a photo…</source>
        <translation>Choose a photo…</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choose a file…</translation>
    </message>
    <message>
        <source>⚠ Deviation {number} ({state}), raised by {name}: {description}</source>
        <translation>⚠ Deviation {number} ({state}), raised by {name}: {description}</translation>
    </message>
</context>
<context>
    <name>SignatureDialog</name>
    <message>
        <source>Electronic signature</source>
        <translation>Electronic signature</translation>
    </message>
    <message>
        <source>Meaning of the signature: {meaning}</source>
        <translation>Meaning of the signature: {meaning}</translation>
    </message>
    <message>
        <source>Your name, the date and time with the time zone and this meaning are recorded with a fingerprint of what you sign: any later change shows.</source>
        <translation>Your name, the date and time with the time zone and this meaning are recorded with a fingerprint of what you sign: any later change shows.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Signing as {login}</source>
        <translation>Signing as {login}</translation>
    </message>
    <message>
        <source>Type your login and your password.</source>
        <translation>Type your login and your password.</translation>
    </message>
    <message>
        <source>Type your password: it is your signature.</source>
        <translation>Type your password: it is your signature.</translation>
    </message>
    <message>
        <source>Give the reason: it is recorded with your signature.</source>
        <translation>Give the reason: it is recorded with your signature.</translation>
    </message>
    <message>
        <source>Checking the signature…</source>
        <translation>Checking the signature…</translation>
    </message>
    <message>
        <source>Not signed: {reason}</source>
        <translation>Not signed: {reason}</translation>
    </message>
</context>
<context>
    <name>DeviationDialog</name>
    <message>
        <source>Raise a deviation</source>
        <translation>Raise a deviation</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What was found, when, on what.</source>
        <translation>What was found, when, on what.</translation>
    </message>
    <message>
        <source>Effect on the equipment, the product or the result; risk.</source>
        <translation>Effect on the equipment, the product or the result; risk.</translation>
    </message>
    <message>
        <source>Correction made, or action planned and by whom.</source>
        <translation>Correction made, or action planned and by whom.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>The checklist cannot be signed as executed until the deviation is raised.</source>
        <translation>The checklist cannot be signed as executed until the deviation is raised.</translation>
    </message>
    <message>
        <source>Record the deviation</source>
        <translation>Record the deviation</translation>
    </message>
    <message>
        <source>Description: what happened (required)</source>
        <translation>Description: what happened (required)</translation>
    </message>
    <message>
        <source>Impact (required)</source>
        <translation>Impact (required)</translation>
    </message>
    <message>
        <source>Action taken or planned (required)</source>
        <translation>Action taken or planned (required)</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Describe what happened.</translation>
    </message>
    <message>
        <source>Say what the impact is (or that there is none, and why).</source>
        <translation>Say what the impact is (or that there is none, and why).</translation>
    </message>
    <message>
        <source>Say what action was taken or is planned.</source>
        <translation>Say what action was taken or is planned.</translation>
    </message>
</context>
<context>
    <name>StepOverview</name>
    <message>
        <source>Steps of the checklist</source>
        <translation>Steps of the checklist</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Checklists</source>
        <translation>Checklists</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Templates</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Executions</translation>
    </message>
</context>
<context>
    <name>ChecklistStartDialog</name>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Training mode: practice only, never changes the equipment</source>
        <translation>Training mode: practice only, never changes the equipment</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>No equipment of type {type} in the register: add one first.</source>
        <translation>No equipment of type {type} in the register: add one first.</translation>
    </message>
    <message>
        <source>Start {code} version {version}</source>
        <translation>Start {code} version {version}</translation>
    </message>
</context>
<context>
    <name>TemplatesPanel</name>
    <message>
        <source>{code} version {version} is approved: it can be executed.</source>
        <translation>{code} version {version} is approved: it can be executed.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>Start…</source>
        <translation>Start…</translation>
    </message>
    <message>
        <source>{code} version {version} is already approved.</source>
        <translation>{code} version {version} is already approved.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to execute checklists. Ask a technician or an instructor.</source>
        <translation>Your roles do not allow you to execute checklists. Ask a technician or an instructor.</translation>
    </message>
    <message>
        <source>{code} version {version} is awaiting QA approval: it cannot be executed yet.</source>
        <translation>{code} version {version} is awaiting QA approval: it cannot be executed yet.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Equipment type</source>
        <translation>Equipment type</translation>
    </message>
    <message>
        <source>QA approval</source>
        <translation>QA approval</translation>
    </message>
    <message>
        <source>Only QA may approve a checklist template.</source>
        <translation>Only QA may approve a checklist template.</translation>
    </message>
    <message>
        <source>Approve {code} version {version} ({title}): once approved it can be executed.</source>
        <translation>Approve {code} version {version} ({title}): once approved it can be executed.</translation>
    </message>
    <message>
        <source>Awaiting QA approval</source>
        <translation>Awaiting QA approval</translation>
    </message>
    <message>
        <source>Approved by {name}, {when}</source>
        <translation>Approved by {name}, {when}</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <source>State filter</source>
        <translation>State filter</translation>
    </message>
    <message>
        <source>Every state</source>
        <translation>Every state</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Equipment</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Open
deviations</source>
        <translation>Open
deviations</translation>
    </message>
    <message>
        <source>Failed
steps</source>
        <translation>Failed
steps</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>No execution is in this state.</source>
        <translation>No execution is in this state.</translation>
    </message>
    <message>
        <source>{name}
{when}</source>
        <translation>{name}
{when}</translation>
    </message>
    <message>
        <source>No checklist was executed yet: start one from a template.</source>
        <translation>No checklist was executed yet: start one from a template.</translation>
    </message>
    <message>
        <source>{phase} · TRAINING</source>
        <translation>{phase} · TRAINING</translation>
    </message>
    <message>
        <source>Practised by {trainee}</source>
        <translation>Practised by {trainee}</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>TRAINING — practice only, never changes the equipment</source>
        <translation>TRAINING — practice only, never changes the equipment</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Reject…</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Approve…</translation>
    </message>
    <message>
        <source>No execution is shown.</source>
        <translation>No execution is shown.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to review, approve or reject checklists.</source>
        <translation>Your roles do not allow you to review, approve or reject checklists.</translation>
    </message>
    <message>
        <source>Deviations are closed by someone who executes checklists (a technician or an instructor).</source>
        <translation>Deviations are closed by someone who executes checklists (a technician or an instructor).</translation>
    </message>
    <message>
        <source>Close the deviation</source>
        <translation>Close the deviation</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Failed steps: {count}</source>
        <translation>Failed steps: {count}</translation>
    </message>
    <message>
        <source>Open deviations: {count}</source>
        <translation>Open deviations: {count}</translation>
    </message>
    <message>
        <source>Mandatory steps without a value: {count}</source>
        <translation>Mandatory steps without a value: {count}</translation>
    </message>
    <message>
        <source>Corrections: {count}</source>
        <translation>Corrections: {count}</translation>
    </message>
    <message>
        <source>Signature problems: {count}</source>
        <translation>Signature problems: {count}</translation>
    </message>
    <message>
        <source>{code} v{version} on {equipment} ({phase}), now {state}.</source>
        <translation>{code} v{version} on {equipment} ({phase}), now {state}.</translation>
    </message>
    <message>
        <source>Signed ({meaning}) by {name}, {when}.</source>
        <translation>Signed ({meaning}) by {name}, {when}.</translation>
    </message>
    <message>
        <source>{equipment} — {name} · {phase} · started by {who}, {when}</source>
        <translation>{equipment} — {name} · {phase} · started by {who}, {when}</translation>
    </message>
    <message>
        <source>State: {state}</source>
        <translation>State: {state}</translation>
    </message>
    <message>
        <source>Close deviation {number}</source>
        <translation>Close deviation {number}</translation>
    </message>
    <message>
        <source>How was deviation {number} resolved?</source>
        <translation>How was deviation {number} resolved?</translation>
    </message>
    <message>
        <source>Deviation {number} is closed.</source>
        <translation>Deviation {number} is closed.</translation>
    </message>
    <message>
        <source>The {phase} qualification of {equipment} is recorded in its logbook.</source>
        <translation>The {phase} qualification of {equipment} is recorded in its logbook.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Review…</source>
        <translation>Review…</translation>
    </message>
    <message>
        <source>Continue the execution</source>
        <translation>Continue the execution</translation>
    </message>
    <message>
        <source>TRAINING — practised by {trainee}, supervised by {supervisor}</source>
        <translation>TRAINING — practised by {trainee}, supervised by {supervisor}</translation>
    </message>
    <message>
        <source>Print the record…</source>
        <translation>Print the record…</translation>
    </message>
</context>
<context>
    <name>RunRecordView</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>By, when</source>
        <translation>By, when</translation>
    </message>
    <message>
        <source>Evidence, reason</source>
        <translation>Evidence, reason</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Failures and deviations</source>
        <translation>Failures and deviations</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>✖ Step {step}: {instruction}</source>
        <translation>✖ Step {step}: {instruction}</translation>
    </message>
    <message>
        <source>Value {value} — {verdict}</source>
        <translation>Value {value} — {verdict}</translation>
    </message>
    <message>
        <source>⚠ Deviation {number} on step {step} — {state}</source>
        <translation>⚠ Deviation {number} on step {step} — {state}</translation>
    </message>
    <message>
        <source>⚠ Event {seq} was recorded after the approval.</source>
        <translation>⚠ Event {seq} was recorded after the approval.</translation>
    </message>
    <message>
        <source>No failed step and no deviation.</source>
        <translation>No failed step and no deviation.</translation>
    </message>
    <message>
        <source>Entered by {name}, {when}</source>
        <translation>Entered by {name}, {when}</translation>
    </message>
    <message>
        <source>What happened: {text}</source>
        <translation>What happened: {text}</translation>
    </message>
    <message>
        <source>Impact: {text}</source>
        <translation>Impact: {text}</translation>
    </message>
    <message>
        <source>Action: {text}</source>
        <translation>Action: {text}</translation>
    </message>
    <message>
        <source>Raised by {name}, {when}</source>
        <translation>Raised by {name}, {when}</translation>
    </message>
    <message>
        <source>⚠ Signature {seq} no longer matches what it signed: the record was changed.</source>
        <translation>⚠ Signature {seq} no longer matches what it signed: the record was changed.</translation>
    </message>
    <message>
        <source>Criterion: {criterion}</source>
        <translation>Criterion: {criterion}</translation>
    </message>
    <message>
        <source>Closed by {name}, {when}: {resolution}</source>
        <translation>Closed by {name}, {when}: {resolution}</translation>
    </message>
    <message>
        <source>Close deviation {number}…</source>
        <translation>Close deviation {number}…</translation>
    </message>
    <message>
        <source>{instrument}, serial {serial}, reading {uuid}</source>
        <translation>{instrument}, serial {serial}, reading {uuid}</translation>
    </message>
    <message>
        <source>Correction {version}: {reason}</source>
        <translation>Correction {version}: {reason}</translation>
    </message>
    <message>
        <source>File {name}, SHA-256 {sha}</source>
        <translation>File {name}, SHA-256 {sha}</translation>
    </message>
</context>
<context>
    <name>RunHeader</name>
    <message>
        <source>TRAINING — a practice run: it never changes the equipment's state.</source>
        <translation>TRAINING — a practice run: it never changes the equipment's state.</translation>
    </message>
    <message>
        <source>No checklist open</source>
        <translation>No checklist open</translation>
    </message>
    <message>
        <source>{equipment} — {name} · {phase} · started by {by}, {when}</source>
        <translation>{equipment} — {name} · {phase} · started by {by}, {when}</translation>
    </message>
    <message>
        <source>TRAINING — practised by {trainee}, supervised by {supervisor}: it never changes the equipment's state.</source>
        <translation>TRAINING — practised by {trainee}, supervised by {supervisor}: it never changes the equipment's state.</translation>
    </message>
</context>
<context>
    <name>TraineePicker</name>
    <message>
        <source>Type a name or a reference</source>
        <translation>Type a name or a reference</translation>
    </message>
    <message>
        <source>Search the learner by name or reference</source>
        <translation>Search the learner by name or reference</translation>
    </message>
    <message>
        <source>Learner who practises</source>
        <translation>Learner who practises</translation>
    </message>
    <message>
        <source>Learner who practises (optional)</source>
        <translation>Learner who practises (optional)</translation>
    </message>
    <message>
        <source>No learner named</source>
        <translation>No learner named</translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <source>Course code</source>
        <translation>Course code</translation>
    </message>
    <message>
        <source>e.g. OPP</source>
        <translation>e.g. OPP</translation>
    </message>
    <message>
        <source>Course title</source>
        <translation>Course title</translation>
    </message>
    <message>
        <source>Course family</source>
        <translation>Course family</translation>
    </message>
    <message>
        <source>Choose a family</source>
        <translation>Choose a family</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>New course</source>
        <translation>New course</translation>
    </message>
    <message>
        <source>Create the course</source>
        <translation>Create the course</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>A course's code never changes: sessions and reports name it.</source>
        <translation>A course's code never changes: sessions and reports name it.</translation>
    </message>
    <message>
        <source>Save the course</source>
        <translation>Save the course</translation>
    </message>
    <message>
        <source>Type the course's code.</source>
        <translation>Type the course's code.</translation>
    </message>
    <message>
        <source>A course code has no spaces.</source>
        <translation>A course code has no spaces.</translation>
    </message>
    <message>
        <source>Type the course's title.</source>
        <translation>Type the course's title.</translation>
    </message>
    <message>
        <source>Choose the course's family.</source>
        <translation>Choose the course's family.</translation>
    </message>
    <message>
        <source>Course {code}</source>
        <translation>Course {code}</translation>
    </message>
</context>
<context>
    <name>WithdrawDialog</name>
    <message>
        <source>Reason for the withdrawal</source>
        <translation>Reason for the withdrawal</translation>
    </message>
    <message>
        <source>e.g. found a job; moved to another session</source>
        <translation>e.g. found a job; moved to another session</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{name} stays on the roster, marked withdrawn with the date and the reason; the hours already attended stay on record. Enrolling them again puts them back.</source>
        <translation>{name} stays on the roster, marked withdrawn with the date and the reason; the hours already attended stay on record. Enrolling them again puts them back.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Withdraw {name} from {code}</source>
        <translation>Withdraw {name} from {code}</translation>
    </message>
    <message>
        <source>Give the reason for the withdrawal.</source>
        <translation>Give the reason for the withdrawal.</translation>
    </message>
</context>
<context>
    <name>CourseListPanel</name>
    <message>
        <source>+ New course</source>
        <translation>+ New course</translation>
    </message>
    <message>
        <source>Edit the course…</source>
        <translation>Edit the course…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Course {code} saved.</source>
        <translation>Course {code} saved.</translation>
    </message>
</context>
<context>
    <name>LearnerPickerDialog</name>
    <message>
        <source>Search a name, a reference or an e-mail</source>
        <translation>Search a name, a reference or an e-mail</translation>
    </message>
    <message>
        <source>Search the learners</source>
        <translation>Search the learners</translation>
    </message>
    <message>
        <source>Learners to enrol</source>
        <translation>Learners to enrol</translation>
    </message>
    <message>
        <source>Enrol</source>
        <translation>Enrol</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enrol learners in {code}</source>
        <translation>Enrol learners in {code}</translation>
    </message>
    <message>
        <source>Every active learner is already on this roster.</source>
        <translation>Every active learner is already on this roster.</translation>
    </message>
    <message>
        <source>Choose at least one learner: touch their names.</source>
        <translation>Choose at least one learner: touch their names.</translation>
    </message>
    <message>
        <source>(withdrawn: enrolling puts them back)</source>
        <translation>(withdrawn: enrolling puts them back)</translation>
    </message>
    <message>
        <source>Learners chosen: {count}</source>
        <translation>Learners chosen: {count}</translation>
    </message>
    <message>
        <source>Enrol ({count})</source>
        <translation>Enrol ({count})</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <source>CSV files (*.csv *.txt);;Every file (*)</source>
        <translation>CSV files (*.csv *.txt);;Every file (*)</translation>
    </message>
    <message>
        <source>No session matches the search and the filters.</source>
        <translation>No session matches the search and the filters.</translation>
    </message>
    <message>
        <source>Search the sessions</source>
        <translation>Search the sessions</translation>
    </message>
    <message>
        <source>Course filter</source>
        <translation>Course filter</translation>
    </message>
    <message>
        <source>Every course</source>
        <translation>Every course</translation>
    </message>
    <message>
        <source>Period filter</source>
        <translation>Period filter</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Import a schedule…</source>
        <translation>Import a schedule…</translation>
    </message>
    <message>
        <source>+ New session</source>
        <translation>+ New session</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Schedule…</translation>
    </message>
    <message>
        <source>Room, instructor and slots of the session</source>
        <translation>Room, instructor and slots of the session</translation>
    </message>
    <message>
        <source>Roster…</source>
        <translation>Roster…</translation>
    </message>
    <message>
        <source>Import a schedule</source>
        <translation>Import a schedule</translation>
    </message>
    <message>
        <source>{name}: nothing was imported. Problems to fix first: {count}.</source>
        <translation>{name}: nothing was imported. Problems to fix first: {count}.</translation>
    </message>
    <message>
        <source>{name} imported: sessions created: {count} ({codes}); slots added: {added}; slots already there: {unchanged}.</source>
        <translation>{name} imported: sessions created: {count} ({codes}); slots added: {added}; slots already there: {unchanged}.</translation>
    </message>
    <message>
        <source>Running and upcoming</source>
        <translation>Running and upcoming</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Running</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Every period</source>
        <translation>Every period</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Importing {name}…</source>
        <translation>Importing {name}…</translation>
    </message>
    <message>
        <source>Session, course, room or instructor…</source>
        <translation>Session, course, room or instructor…</translation>
    </message>
</context>
<context>
    <name>SlotsEditor</name>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Times of the first slot of each day</source>
        <translation>Times of the first slot of each day</translation>
    </message>
    <message>
        <source>Times of the second slot of each day (may stay empty)</source>
        <translation>Times of the second slot of each day (may stay empty)</translation>
    </message>
    <message>
        <source>+ Add these days</source>
        <translation>+ Add these days</translation>
    </message>
    <message>
        <source>The slots {first} and {second} overlap: change the times.</source>
        <translation>The slots {first} and {second} overlap: change the times.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>and</source>
        <translation>and</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>The last day comes before the first.</translation>
    </message>
    <message>
        <source>At most a year at a time: choose a shorter period.</source>
        <translation>At most a year at a time: choose a shorter period.</translation>
    </message>
    <message>
        <source>Choose at least one day of the week.</source>
        <translation>Choose at least one day of the week.</translation>
    </message>
    <message>
        <source>Type the times of at least one slot, e.g. 08:30–12:00.</source>
        <translation>Type the times of at least one slot, e.g. 08:30–12:00.</translation>
    </message>
    <message>
        <source>None of the chosen weekdays falls in this period.</source>
        <translation>None of the chosen weekdays falls in this period.</translation>
    </message>
    <message>
        <source>These slots are already in the schedule.</source>
        <translation>These slots are already in the schedule.</translation>
    </message>
    <message>
        <source>Removed when you save</source>
        <translation>Removed when you save</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>✕ Remove</source>
        <translation>✕ Remove</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Scheduled</translation>
    </message>
    <message>
        <source>Unreadable times "{value}": write them like 08:30–12:00.</source>
        <translation>Unreadable times "{value}": write them like 08:30–12:00.</translation>
    </message>
    <message>
        <source>Keep the slot {slot}</source>
        <translation>Keep the slot {slot}</translation>
    </message>
    <message>
        <source>Remove the slot {slot}</source>
        <translation>Remove the slot {slot}</translation>
    </message>
    <message>
        <source>{date}: {problem}</source>
        <translation>{date}: {problem}</translation>
    </message>
    <message>
        <source>times</source>
        <translation>times</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Begun: kept as it is</source>
        <translation>Begun: kept as it is</translation>
    </message>
</context>
<context>
    <name>CourseWords</name>
    <message>
        <source>This could not be done: unexpected error; nothing was recorded. The details are in the log.</source>
        <translation>This could not be done: unexpected error; nothing was recorded. The details are in the log.</translation>
    </message>
    <message>
        <source>Production operator</source>
        <translation>Production operator</translation>
    </message>
    <message>
        <source>QC laboratory technician</source>
        <translation>QC laboratory technician</translation>
    </message>
    <message>
        <source>Electricity and instrumentation</source>
        <translation>Electricity and instrumentation</translation>
    </message>
    <message>
        <source>Qualification and validation</source>
        <translation>Qualification and validation</translation>
    </message>
    <message>
        <source>Job seeker</source>
        <translation>Job seeker</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Worker</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Student</translation>
    </message>
    <message>
        <source>Teacher</source>
        <translation>Teacher</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <source>{name} could not be read: {error}</source>
        <translation>{name} could not be read: {error}</translation>
    </message>
    <message>
        <source>The file: {problem}</source>
        <translation>The file: {problem}</translation>
    </message>
    <message>
        <source>Line {line}, column {column}: {problem}</source>
        <translation>Line {line}, column {column}: {problem}</translation>
    </message>
</context>
<context>
    <name>CoursesPage</name>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Session {code} saved: {slots} slots, {dates}.</source>
        <translation>Session {code} saved: {slots} slots, {dates}.</translation>
    </message>
    <message>
        <source>Courses and sessions</source>
        <translation>Courses and sessions</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>SessionEditor</name>
    <message>
        <source>← Sessions</source>
        <translation>← Sessions</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <source>e.g. OPP-2027-01</source>
        <translation>e.g. OPP-2027-01</translation>
    </message>
    <message>
        <source>Session code</source>
        <translation>Session code</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Room (code)</source>
        <translation>Room (code)</translation>
    </message>
    <message>
        <source>Instructor</source>
        <translation>Instructor</translation>
    </message>
    <message>
        <source>Reason for the change (optional, kept in the audit trail)</source>
        <translation>Reason for the change (optional, kept in the audit trail)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Reading…</translation>
    </message>
    <message>
        <source>Choose a course</source>
        <translation>Choose a course</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Slots that have begun are kept as they are: hours are counted against them.</source>
        <translation>Slots that have begun are kept as they are: hours are counted against them.</translation>
    </message>
    <message>
        <source>Choose the room.</source>
        <translation>Choose the room.</translation>
    </message>
    <message>
        <source>Add at least one slot: choose the days and times, then + Add these days.</source>
        <translation>Add at least one slot: choose the days and times, then + Add these days.</translation>
    </message>
    <message>
        <source>Type the session's code.</source>
        <translation>Type the session's code.</translation>
    </message>
    <message>
        <source>A session code has no spaces.</source>
        <translation>A session code has no spaces.</translation>
    </message>
    <message>
        <source>Choose the course.</source>
        <translation>Choose the course.</translation>
    </message>
    <message>
        <source>Nothing to save: nothing was changed.</source>
        <translation>Nothing to save: nothing was changed.</translation>
    </message>
    <message>
        <source>Session {code}</source>
        <translation>Session {code}</translation>
    </message>
    <message>
        <source>Slots added: {count}. Save the session to keep them.</source>
        <translation>Slots added: {count}. Save the session to keep them.</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>Save the session (Ctrl+S)</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <source>CSV files (*.csv *.txt);;Every file (*)</source>
        <translation>CSV files (*.csv *.txt);;Every file (*)</translation>
    </message>
    <message>
        <source>Enrolled: {enrolled}; enrolled again: {reinstated}; already on the roster: {already}.</source>
        <translation>Enrolled: {enrolled}; enrolled again: {reinstated}; already on the roster: {already}.</translation>
    </message>
    <message>
        <source>{name} is withdrawn from {code}; the entry stays on the roster.</source>
        <translation>{name} is withdrawn from {code}; the entry stays on the roster.</translation>
    </message>
    <message>
        <source>← Sessions</source>
        <translation>← Sessions</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Withdraw…</translation>
    </message>
    <message>
        <source>Reinstate</source>
        <translation>Reinstate</translation>
    </message>
    <message>
        <source>Reading the learners…</source>
        <translation>Reading the learners…</translation>
    </message>
    <message>
        <source>Enrolling…</source>
        <translation>Enrolling…</translation>
    </message>
    <message>
        <source>Enrol from a CSV file</source>
        <translation>Enrol from a CSV file</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Withdrawing…</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Learner</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Enrolled on</source>
        <translation>Enrolled on</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{name}: nobody was enrolled. Problems to fix first: {count}.</source>
        <translation>{name}: nobody was enrolled. Problems to fix first: {count}.</translation>
    </message>
    <message>
        <source>Enrolled: {count}</source>
        <translation>Enrolled: {count}</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>Nobody is enrolled yet.</source>
        <translation>Nobody is enrolled yet.</translation>
    </message>
    <message>
        <source>Roster of {code}</source>
        <translation>Roster of {code}</translation>
    </message>
    <message>
        <source>Enrolling from {name}…</source>
        <translation>Enrolling from {name}…</translation>
    </message>
    <message>
        <source>withdrawn: {count}</source>
        <translation>withdrawn: {count}</translation>
    </message>
    <message>
        <source>Withdrawn on {date} by {who}: {reason}</source>
        <translation>Withdrawn on {date} by {who}: {reason}</translation>
    </message>
    <message>
        <source>room {room}</source>
        <translation>room {room}</translation>
    </message>
    <message>
        <source>+ Enrol…</source>
        <translation>+ Enrol…</translation>
    </message>
    <message>
        <source>Enrol from a CSV…</source>
        <translation>Enrol from a CSV…</translation>
    </message>
    <message>
        <source>Choose the learners in a list, by name or reference</source>
        <translation>Choose the learners in a list, by name or reference</translation>
    </message>
    <message>
        <source>Enrol every learner a CSV file names, all or nothing</source>
        <translation>Enrol every learner a CSV file names, all or nothing</translation>
    </message>
</context>
<context>
    <name>JobWords</name>
    <message>
        <source>This could not be done: unexpected error; the details are in the log.</source>
        <translation>This could not be done: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>The file could not be written: {reason}.</source>
        <translation>The file could not be written: {reason}.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>Sending page {page} of {pages} to the printer…</source>
        <translation>Sending page {page} of {pages} to the printer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation>Fit the width</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Previous page</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Next page</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Preparing the document…</translation>
    </message>
    <message>
        <source>The document was made but cannot be shown; it was not kept.</source>
        <translation>The document was made but cannot be shown; it was not kept.</translation>
    </message>
    <message>
        <source>Cancelled: no document was made.</source>
        <translation>Cancelled: no document was made.</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelling…</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} of {pages}</translation>
    </message>
    <message>
        <source>Printing cancelled.</source>
        <translation>Printing cancelled.</translation>
    </message>
    <message>
        <source>Pages sent to the printer: {count}.</source>
        <translation>Pages sent to the printer: {count}.</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Saved as {path}.</translation>
    </message>
</context>
<context>
    <name>RecordWords</name>
    <message>
        <source>Reading the record…</source>
        <translation>Reading the record…</translation>
    </message>
    <message>
        <source>Reading the session's attendance and registering the printout's verification code…</source>
        <translation>Reading the session's attendance and registering the printout's verification code…</translation>
    </message>
    <message>
        <source>Drawing the pages…</source>
        <translation>Drawing the pages…</translation>
    </message>
    <message>
        <source>Reading the logbook…</source>
        <translation>Reading the logbook…</translation>
    </message>
    <message>
        <source>Laying out the pages: {done} of {total} entries</source>
        <translation>Laying out the pages: {done} of {total} entries</translation>
    </message>
    <message>
        <source>Drawing the pages: {done} of {total} entries</source>
        <translation>Drawing the pages: {done} of {total} entries</translation>
    </message>
    <message>
        <source>Checklist record {code} — {equipment}</source>
        <translation>Checklist record {code} — {equipment}</translation>
    </message>
    <message>
        <source>Session attendance record {code}</source>
        <translation>Session attendance record {code}</translation>
    </message>
    <message>
        <source>Logbook of {code}, {first} to {last}</source>
        <translation>Logbook of {code}, {first} to {last}</translation>
    </message>
    <message>
        <source>Logbook of {code}</source>
        <translation>Logbook of {code}</translation>
    </message>
</context>
<context>
    <name>AttendanceWords</name>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Late</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Left early</translation>
    </message>
    <message>
        <source>No check-out</source>
        <translation>No check-out</translation>
    </message>
    <message>
        <source>Closed automatically</source>
        <translation>Closed automatically</translation>
    </message>
    <message>
        <source>Check-out without check-in</source>
        <translation>Check-out without check-in</translation>
    </message>
    <message>
        <source>Outside the schedule</source>
        <translation>Outside the schedule</translation>
    </message>
    <message>
        <source>Not enrolled</source>
        <translation>Not enrolled</translation>
    </message>
    <message>
        <source>Corrected</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <source>Still in</source>
        <translation>Still in</translation>
    </message>
    <message>
        <source>first check-in more than {minutes} min after the first slot began</source>
        <translation>first check-in more than {minutes} min after the first slot began</translation>
    </message>
    <message>
        <source>last check-out more than {minutes} min before the last slot ended</source>
        <translation>last check-out more than {minutes} min before the last slot ended</translation>
    </message>
    <message>
        <source>a check-in was never closed: the stay ends at the next check-in</source>
        <translation>a check-in was never closed: the stay ends at the next check-in</translation>
    </message>
    <message>
        <source>no check-out: the stay was closed at the end of the last slot</source>
        <translation>no check-out: the stay was closed at the end of the last slot</translation>
    </message>
    <message>
        <source>a check-out with no check-in counts nothing</source>
        <translation>a check-out with no check-in counts nothing</translation>
    </message>
    <message>
        <source>scans outside any slot of a session: not counted for this session</source>
        <translation>scans outside any slot of a session: not counted for this session</translation>
    </message>
    <message>
        <source>checked in for this session without being on its roster</source>
        <translation>checked in for this session without being on its roster</translation>
    </message>
    <message>
        <source>an event of this day was corrected</source>
        <translation>an event of this day was corrected</translation>
    </message>
    <message>
        <source>still checked in: counted up to now</source>
        <translation>still checked in: counted up to now</translation>
    </message>
    <message>
        <source>check-in</source>
        <translation>check-in</translation>
    </message>
    <message>
        <source>check-out</source>
        <translation>check-out</translation>
    </message>
    <message>
        <source>cancellation</source>
        <translation>cancellation</translation>
    </message>
    <message>
        <source>not enrolled</source>
        <translation>not enrolled</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
    <message>
        <source>replaced by a correction</source>
        <translation>replaced by a correction</translation>
    </message>
    <message>
        <source>withdrawn on {date}</source>
        <translation>withdrawn on {date}</translation>
    </message>
    <message>
        <source>scan forgotten, added</source>
        <translation>scan forgotten, added</translation>
    </message>
    <message>
        <source>reason: {reason} ({who}, {when})</source>
        <translation>reason: {reason} ({who}, {when})</translation>
    </message>
    <message>
        <source>Counted for this session: {hours} of {scheduled} scheduled</source>
        <translation>Counted for this session: {hours} of {scheduled} scheduled</translation>
    </message>
    <message>
        <source>replaces {kind} {time}</source>
        <translation>replaces {kind} {time}</translation>
    </message>
    <message>
        <source>Events of the day:</source>
        <translation>Events of the day:</translation>
    </message>
    <message>
        <source>No event.</source>
        <translation>No event.</translation>
    </message>
    <message>
        <source>Outside any session: {stay}</source>
        <translation>Outside any session: {stay}</translation>
    </message>
</context>
<context>
    <name>AttendanceGridModel</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Session total</source>
        <translation>Session total</translation>
    </message>
    <message>
        <source>{name}: {hours} of {scheduled} scheduled</source>
        <translation>{name}: {hours} of {scheduled} scheduled</translation>
    </message>
</context>
<context>
    <name>DayEventsDialog</name>
    <message>
        <source>Correct the chosen event</source>
        <translation>Correct the chosen event</translation>
    </message>
    <message>
        <source>Add a forgotten scan</source>
        <translation>Add a forgotten scan</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Kind of event</translation>
    </message>
    <message>
        <source>Time (Brussels), for example 08:45</source>
        <translation>Time (Brussels), for example 08:45</translation>
    </message>
    <message>
        <source>Summer or winter time</source>
        <translation>Summer or winter time</translation>
    </message>
    <message>
        <source>Choose: this hour happens twice today</source>
        <translation>Choose: this hour happens twice today</translation>
    </message>
    <message>
        <source>Summer time (UTC+2), before the clocks go back</source>
        <translation>Summer time (UTC+2), before the clocks go back</translation>
    </message>
    <message>
        <source>Winter time (UTC+1), after the clocks go back</source>
        <translation>Winter time (UTC+1), after the clocks go back</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>Why is it corrected?</source>
        <translation>Why is it corrected?</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Save the correction</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Recording…</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Counts</translation>
    </message>
    <message>
        <source>Replaced</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <source>Cancels</source>
        <translation>Cancels</translation>
    </message>
    <message>
        <source>Type the time as hours and minutes, for example 08:45.</source>
        <translation>Type the time as hours and minutes, for example 08:45.</translation>
    </message>
    <message>
        <source>Counted for {session}: {hours}</source>
        <translation>Counted for {session}: {hours}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Choose in the list the event to correct (a replaced event cannot be: correct its correction).</source>
        <translation>Choose in the list the event to correct (a replaced event cannot be: correct its correction).</translation>
    </message>
    <message>
        <source>Say why the attendance is corrected: the reason is kept with the correction.</source>
        <translation>Say why the attendance is corrected: the reason is kept with the correction.</translation>
    </message>
    <message>
        <source>Add the scan</source>
        <translation>Add the scan</translation>
    </message>
    <message>
        <source>cancel this event</source>
        <translation>cancel this event</translation>
    </message>
    <message>
        <source>{time} does not exist on {date}: the clocks went forward.</source>
        <translation>{time} does not exist on {date}: the clocks went forward.</translation>
    </message>
    <message>
        <source>{time} happens twice on {date}: say whether it is summer or winter time.</source>
        <translation>{time} happens twice on {date}: say whether it is summer or winter time.</translation>
    </message>
    <message>
        <source>scan</source>
        <translation>scan</translation>
    </message>
    <message>
        <source>correction</source>
        <translation>correction</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Code or course…</source>
        <translation>Code or course…</translation>
    </message>
    <message>
        <source>Search a session by its code or its course</source>
        <translation>Search a session by its code or its course</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>The attendance could not be read: unexpected error; the details are in the log.</source>
        <translation>The attendance could not be read: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>This could not be recorded: unexpected error; the details are in the log.</source>
        <translation>This could not be recorded: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>Your roles do not allow you to review or correct attendance. Ask an instructor.</source>
        <translation>Your roles do not allow you to review or correct attendance. Ask an instructor.</translation>
    </message>
    <message>
        <source>Nobody is enrolled in this session yet.</source>
        <translation>Nobody is enrolled in this session yet.</translation>
    </message>
    <message>
        <source>Correction recorded for {name}, {day}; the original stays on record.</source>
        <translation>Correction recorded for {name}, {day}; the original stays on record.</translation>
    </message>
    <message>
        <source>* time set by a correction · Late, Left early: first check-in more than {minutes} min after the start, last check-out more than {minutes} min before the end of the day's slots · Touch a day to see its events and correct them.</source>
        <translation>* time set by a correction · Late, Left early: first check-in more than {minutes} min after the start, last check-out more than {minutes} min before the end of the day's slots · Touch a day to see its events and correct them.</translation>
    </message>
    <message>
        <source>No session matches the search.</source>
        <translation>No session matches the search.</translation>
    </message>
    <message>
        <source>No session this week: search one by its code or its course.</source>
        <translation>No session this week: search one by its code or its course.</translation>
    </message>
    <message>
        <source>{days} days, {hours} scheduled per learner</source>
        <translation>{days} days, {hours} scheduled per learner</translation>
    </message>
    <message>
        <source>session total {hours}</source>
        <translation>session total {hours}</translation>
    </message>
    <message>
        <source>Reading the attendance of {code}…</source>
        <translation>Reading the attendance of {code}…</translation>
    </message>
</context>
<context>
    <name>CrashNotice</name>
    <message>
        <source>Something went wrong, so the kiosk went back to its start screen. The problem was logged for IT support. If you were scanning your badge, please scan it again.</source>
        <translation>Something went wrong, so the kiosk went back to its start screen. The problem was logged for IT support. If you were scanning your badge, please scan it again.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Run database check</source>
        <translation>Run database check</translation>
    </message>
    <message>
        <source>Check the database's integrity, settings and audit chain</source>
        <translation>Check the database's integrity, settings and audit chain</translation>
    </message>
    <message>
        <source>Copy for IT support</source>
        <translation>Copy for IT support</translation>
    </message>
    <message>
        <source>Copy the whole report to the clipboard as text</source>
        <translation>Copy the whole report to the clipboard as text</translation>
    </message>
    <message>
        <source>Checking the database: integrity, settings, record guards and the audit chain. On a large database this can take a minute.</source>
        <translation>Checking the database: integrity, settings, record guards and the audit chain. On a large database this can take a minute.</translation>
    </message>
    <message>
        <source>The report is on the clipboard: paste it into your message to IT support.</source>
        <translation>The report is on the clipboard: paste it into your message to IT support.</translation>
    </message>
    <message>
        <source>unexpected error; the details are in the log.</source>
        <translation>unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>The diagnostics could not be gathered: unexpected error; the details are in the log.</source>
        <translation>The diagnostics could not be gathered: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>Database check passed.</source>
        <translation>Database check passed.</translation>
    </message>
    <message>
        <source>The database check could not run: {detail}</source>
        <translation>The database check could not run: {detail}</translation>
    </message>
    <message>
        <source>Database check FAILED (incident {id}): nothing is recorded on any terminal until QA resolves it. See the lines marked ⚠ and call IT support.</source>
        <translation>Database check FAILED (incident {id}): nothing is recorded on any terminal until QA resolves it. See the lines marked ⚠ and call IT support.</translation>
    </message>
    <message>
        <source>Database check FAILED with the findings QA accepted in incident {id}: recording continues.</source>
        <translation>Database check FAILED with the findings QA accepted in incident {id}: recording continues.</translation>
    </message>
    <message>
        <source>Database check FAILED and the incident could not be recorded: nothing is recorded on this terminal. Call IT support.</source>
        <translation>Database check FAILED and the incident could not be recorded: nothing is recorded on this terminal. Call IT support.</translation>
    </message>
    <message>
        <source>Incident {id} resolved: recording resumes on every terminal.</source>
        <translation>Incident {id} resolved: recording resumes on every terminal.</translation>
    </message>
    <message>
        <source>Database check passed, but incident {id} is still open: nothing is recorded on any terminal until QA resolves it.</source>
        <translation>Database check passed, but incident {id} is still open: nothing is recorded on any terminal until QA resolves it.</translation>
    </message>
</context>
<context>
    <name>IdleCountdown</name>
    <message>
        <source>The staff area locks when nobody touches the terminal.</source>
        <translation>The staff area locks when nobody touches the terminal.</translation>
    </message>
    <message>
        <source>Locking in {seconds} s — touch the screen to stay</source>
        <translation>Locking in {seconds} s — touch the screen to stay</translation>
    </message>
</context>
<context>
    <name>DatabaseNotice</name>
    <message>
        <source>Badge not recorded: the database cannot be reached. Scan again once this notice is gone.</source>
        <translation>Badge not recorded: the database cannot be reached. Scan again once this notice is gone.</translation>
    </message>
    <message>
        <source>Database unreachable — scans are not recorded; trying again…</source>
        <translation>Database unreachable — scans are not recorded; trying again…</translation>
    </message>
    <message>
        <source>Nothing can be recorded on this terminal until the connection is back. This notice goes away by itself.</source>
        <translation>Nothing can be recorded on this terminal until the connection is back. This notice goes away by itself.</translation>
    </message>
    <message>
        <source>The database does not answer.</source>
        <translation>The database does not answer.</translation>
    </message>
    <message>
        <source>Attempt {count} failed at {time}; next attempt within {seconds} s.</source>
        <translation>Attempt {count} failed at {time}; next attempt within {seconds} s.</translation>
    </message>
</context>
<context>
    <name>ExitDialog</name>
    <message>
        <source>Close the kiosk</source>
        <translation>Close the kiosk</translation>
    </message>
    <message>
        <source>Only an administrator or a technician can close the program. Type your login, then your PIN.</source>
        <translation>Only an administrator or a technician can close the program. Type your login, then your PIN.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Close the program</source>
        <translation>Close the program</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Back to the kiosk</translation>
    </message>
    <message>
        <source>Type your login and your PIN.</source>
        <translation>Type your login and your PIN.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>The account {login} may not close the kiosk: ask an administrator or a technician.</source>
        <translation>The account {login} may not close the kiosk: ask an administrator or a technician.</translation>
    </message>
    <message>
        <source>The PIN could not be checked: unexpected error; the details are in the log.</source>
        <translation>The PIN could not be checked: unexpected error; the details are in the log.</translation>
    </message>
</context>
<context>
    <name>IncidentsPanel</name>
    <message>
        <source>Integrity incidents</source>
        <translation>Integrity incidents</translation>
    </message>
    <message>
        <source>Resolve…</source>
        <translation>Resolve…</translation>
    </message>
    <message>
        <source>Resolve incident {id}</source>
        <translation>Resolve incident {id}</translation>
    </message>
    <message>
        <source>Incident {id} — {when}, terminal {terminal} — OPEN: nothing is recorded on any terminal. {failed}</source>
        <translation>Incident {id} — {when}, terminal {terminal} — OPEN: nothing is recorded on any terminal. {failed}</translation>
    </message>
    <message>
        <source>Incident {id} — {when}, terminal {terminal} — resolved by {who} on {resolved}: {note}</source>
        <translation>Incident {id} — {when}, terminal {terminal} — resolved by {who} on {resolved}: {note}</translation>
    </message>
</context>
<context>
    <name>ResolveIncidentDialog</name>
    <message>
        <source>Resolve integrity incident {id}</source>
        <translation>Resolve integrity incident {id}</translation>
    </message>
    <message>
        <source>The database check of {when} on terminal {terminal} found: {failed}</source>
        <translation>The database check of {when} on terminal {terminal} found: {failed}</translation>
    </message>
    <message>
        <source>By signing you declare that the problem was investigated and that recording may resume on every terminal. A later check that finds exactly the same will not stop recording again; anything else will.</source>
        <translation>By signing you declare that the problem was investigated and that recording may resume on every terminal. A later check that finds exactly the same will not stop recording again; anything else will.</translation>
    </message>
    <message>
        <source>What was found and done (required)</source>
        <translation>What was found and done (required)</translation>
    </message>
    <message>
        <source>What was found and done</source>
        <translation>What was found and done</translation>
    </message>
    <message>
        <source>Signing as {login}</source>
        <translation>Signing as {login}</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Sign and resume recording</source>
        <translation>Sign and resume recording</translation>
    </message>
    <message>
        <source>Say what was found and done (at least {n} characters).</source>
        <translation>Say what was found and done (at least {n} characters).</translation>
    </message>
    <message>
        <source>Type your password: it is your signature.</source>
        <translation>Type your password: it is your signature.</translation>
    </message>
    <message>
        <source>Checking your password…</source>
        <translation>Checking your password…</translation>
    </message>
    <message>
        <source>The incident could not be resolved: unexpected error; the details are in the log.</source>
        <translation>The incident could not be resolved: unexpected error; the details are in the log.</translation>
    </message>
    <message>
        <source>The note is too long ({length} characters; at most {n}).</source>
        <translation>The note is too long ({length} characters; at most {n}).</translation>
    </message>
</context>
<context>
    <name>IntegrityNotice</name>
    <message>
        <source>Recording stopped: the database check failed on this terminal and the problem could not be recorded. Call IT support.</source>
        <translation>Recording stopped: the database check failed on this terminal and the problem could not be recorded. Call IT support.</translation>
    </message>
    <message>
        <source>Recording stopped: the database check found a problem (incident {id}, terminal {terminal}). Tell quality assurance: they resolve it in the staff area, under Diagnostics.</source>
        <translation>Recording stopped: the database check found a problem (incident {id}, terminal {terminal}). Tell quality assurance: they resolve it in the staff area, under Diagnostics.</translation>
    </message>
</context>
</TS>
