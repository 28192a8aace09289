/**
 * Passwords people choose most often, from the published lists of leaked passwords (the NCSC's
 * "100,000 most common", SecLists), cut to those long enough to pass the length rule, since
 * shorter ones are refused anyway. Lower case: compared without regard to case. Runs and one
 * repeated character (12345678, 11111111) are refused by rule (password-rule.ts), not listed.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set(
	`
password password1 password12 password123 password1234 password12345 password! passw0rd
p@ssword p@ssw0rd pa55word pa55w0rd passpass passwordpassword mypassword
qwertyuiop qwertyui qwerty12 qwerty123 qwerty1234 qwerty12345 qwertyuiop123 qwertyuiop1
asdfghjk asdfghjkl asdfasdf zxcvbnm1 zxcvbnm123 qazwsxedc qweasdzxc 1qazxsw2 zaq12wsx zaq1@wsx
1qaz2wsx 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y q1w2e3r4 q1w2e3r4t5 1234qwer qwer1234 12qwaszx
123qweasd qwe12345 qwe123456 123456qwe asd12345 asd123456 zxc123456 qwertyqwerty
123456789a 12345678a 1234567a a1234567 a12345678 aa123456 abc12345 abcd1234 1234abcd
abc123456 123456abc 12341234 12121212 11223344 12344321 10203040 147258369 159753456
741852963 963852741 789456123 456789123 123654789 147852369 111222333 123123123 123321123
1234512345 123456123456 9876543210 0123456789 987654321a 00000000a 1qazzaq1
iloveyou iloveyou1 iloveyou2 iloveyou! iloveu123 iloveyou123 loveyou1 lovely123 ilovegod
sunshine sunshine1 princess princess1 football football1 baseball superman starwars
starwars1 whatever whatever1 trustno1 letmein1 letmein123 welcome1 welcome123 welcome12345
computer michelle jennifer chocolate butterfly liverpool liverpool1 chelsea1 chelsea123
arsenal1 arsenal123 manchester manchester1 manchesterunited manutd123 tottenham everton1
rangers1 celtic1888 monkey123 dragon123 master123 shadow123 pokemon1 pokemon123 minecraft
minecraft1 fortnite fortnite1 roblox123 unicorn1 babygirl1 blink182 michael1 charlie1
jessica1 ashley123 daniel123 superstar harrypotter spiderman batman123 secret123 changeme
changeme1 changeme123 administrator admin123 admin1234 administrator1 default1 guest123
test1234 test12345 testing123 hello123 hello1234 helloworld goodluck freedom1 mustang1
snowball christmas halloween friends1 bestfriend bestfriends myspace1 facebook instagram
snapchat tiktok123 youtube1 google123 samsung1 iphone123 playstation nintendo
summer12 summer123 winter12 winter123 spring123 autumn123 football123 soccer123 hockey123
basketball cheyenne1 maverick jordan23 michael23 heather1 buster123 cookie123 purple123
flower123 angel123 lovelove qwertyuio 1234567890q q1234567 q12345678 internet
polska123 haslo123 kochamcie kochamcie1 misiaczek zaq1xsw2 qwerty123! cymru123
`
		.split(/\s+/)
		.filter(Boolean)
);
