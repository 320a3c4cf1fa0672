/** Teams, their members and their weekly rota. */
package io.purser.routing.team;
