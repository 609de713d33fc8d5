/** Faces backing beans of the work-team screens (webapp/teams/): lists, the team page, Tim Saya, the Sekda's desk. */
package id.sikerja.interfaces.web.teams;
