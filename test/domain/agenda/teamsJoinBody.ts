/**
 * The Teams online-meeting join block as Exchange writes it into an event body (shape taken from a
 * Graph `event.body.content` of a Teams meeting; ids and codes are made up). Our agenda updates must
 * keep it byte-for-byte, or people lose the join link.
 */
export const TEAMS_JOIN_BLOCK = `<br>
<div style="width:100%"><span style="white-space:nowrap; color:#5F5F5F; opacity:.36">________________________________________________________________________________</span></div>
<div class="me-email-text" lang="en-US" style="color:#252424; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
<div style="margin-top:24px; margin-bottom:20px"><span style="font-size:24px; color:#252424">Microsoft Teams meeting</span></div>
<div style="margin-bottom:20px">
<div style="margin-top:0px; margin-bottom:0px; font-weight:bold"><span style="font-size:14px; color:#252424">Join on your computer, mobile app or room device</span></div>
<a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2YjU4ZDctZTk0Ny00YmQ0LWE1MDEtYzA4ZDNkZTdlMzg4%40thread.v2/0?context=%7b%22Tid%22%3a%2272f988bf-86f1-41af-91ab-2d7cd011db47%22%2c%22Oid%22%3a%22a1b2c3d4-0000-4000-8000-000000000001%22%7d" class="me-email-headline" style="font-size:14px; font-family:'Segoe UI Semibold','Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif; text-decoration:underline; color:#6264a7" target="_blank" rel="noreferrer noopener">Click here to join the meeting</a> </div>
<div style="margin-bottom:20px; margin-top:20px">
<div style="margin-bottom:4px"><span data-tid="meeting-code" style="font-size:14px; color:#252424">Meeting ID: <span style="font-size:16px; color:#252424">271 803 446 912</span> </span><br>
<span style="font-size:14px; color:#252424">Passcode: </span><span style="font-size:16px; color:#252424">vT7yZ2 </span>
<div style="font-size:14px"><a class="me-email-link" style="font-size:14px; text-decoration:underline; color:#6264a7; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif" target="_blank" href="https://www.microsoft.com/en-us/microsoft-teams/download-app" rel="noreferrer noopener">Download Teams</a> | <a class="me-email-link" style="font-size:14px; text-decoration:underline; color:#6264a7; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif" target="_blank" href="https://www.microsoft.com/microsoft-teams/join-a-meeting" rel="noreferrer noopener">Join on the web</a></div>
</div>
</div>
<div style="margin-bottom:24px; margin-top:20px"><a class="me-email-link" style="font-size:14px; text-decoration:underline; color:#6264a7; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif" target="_blank" href="https://aka.ms/JoinTeamsMeeting" rel="noreferrer noopener">Learn More</a> | <a class="me-email-link" style="font-size:14px; text-decoration:underline; color:#6264a7; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif" target="_blank" href="https://teams.microsoft.com/meetingOptions/?organizerId=a1b2c3d4-0000-4000-8000-000000000001&amp;tenantId=72f988bf-86f1-41af-91ab-2d7cd011db47&amp;threadId=19_meeting_NjQ2YjU4ZDctZTk0Ny00YmQ0LWE1MDEtYzA4ZDNkZTdlMzg4@thread.v2&amp;messageId=0&amp;language=en-US" rel="noreferrer noopener">Meeting options</a> </div>
</div>
<div style="font-size:14px; margin-bottom:4px; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif">
</div>
<div style="font-size:12px"></div>
<div></div>
<div style="color:#252424; font-size:14px; font-family:'Segoe UI','Helvetica Neue',Helvetica,Arial,sans-serif"><br>
</div>
`;

export const EVENT_BODY_HEAD = `<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta content="text/html; charset=us-ascii">
</head>
<body>
`;

export const EVENT_BODY_TAIL = `</body>
</html>
`;
