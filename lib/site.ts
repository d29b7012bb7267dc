// Where "Report a problem" on a helpline card sends its prefilled email: the editors' inbox.
// Set REPORT_EMAIL when building for production.
export const REPORT_EMAIL = process.env.REPORT_EMAIL ?? "helplines@steady.example.org";
