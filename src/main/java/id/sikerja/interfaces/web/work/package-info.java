/**
 * Screens of assignments, secondment requests and their letters (webapp/work/). Beans call the
 * {@code Assignments} and {@code Secondments} services only; refusals become messages through UiMessages.
 */
package id.sikerja.interfaces.web.work;
