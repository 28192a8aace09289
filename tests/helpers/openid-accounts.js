// Who can sign in at the test OpenID provider (tests/helpers/openid-provider.js), by login name,
// and what it says about them. Plain data, so the provider (plain Node) and the specs share it.
export const PROVIDER_ACCOUNTS = {
	// The demo worker, in other letter case than Heard keeps it: matching ignores case.
	sam: { email: 'Sam@Glenbrae.example', email_verified: true },
	// A young person's account and a member of staff who left (tests/e2e/sso.spec.ts adds both).
	young: { email: 'young-sso@glenbrae.example', email_verified: true },
	left: { email: 'left-sso@glenbrae.example', email_verified: true },
	// Nobody in Heard has this email.
	stranger: { email: 'stranger@elsewhere.example', email_verified: true },
	// A real worker's email that the provider does not vouch for.
	unverified: { email: 'jamie@glenbrae.example', email_verified: false }
};
