/** XSS and template-injection payloads; each must come back on screen as plain text. */
export const PAYLOADS = [
	'<script>alert("x1")</script>',
	'"><img src=x onerror=alert("x2")>',
	"'><svg onload=alert('x3')>",
	'javascript:alert("x4")',
	'{@html "<b onmouseover=alert(5)>x5</b>"}',
	'{{constructor.constructor("alert(6)")()}}',
	'${alert("x7")}',
	'<iframe srcdoc="<script>alert(8)</script>"></iframe>',
	'=HYPERLINK("https://evil.example","x9")',
	'+SUM(1,1)*cmd|" /C calc"!A0',
	'-2+3+cmd|" /C calc"!A0',
	'@SUM(1,1)'
];
