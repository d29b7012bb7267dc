// Same server settings as the site, nothing else.
const config = { poweredByHeader: false };

export default config;
