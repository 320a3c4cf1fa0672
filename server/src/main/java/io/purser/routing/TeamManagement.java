package io.purser.routing;

import io.purser.routing.domain.RotaCoverage;
import io.purser.routing.team.Teams;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Teams, their members and their weekly rota, and who covers the queue when: the part of the
 * routing module's API that supervisors use to staff it.
 */
@Service
public class TeamManagement {

  private final Teams teams;
  private final Clock clock;

  TeamManagement(Teams teams, Clock clock) {
    this.teams = teams;
    this.clock = clock;
  }

  public List<Team> teams(long workspaceId) {
    return teams.all(workspaceId);
  }

  public Optional<Team> team(long workspaceId, long teamId) {
    return teams.find(workspaceId, teamId);
  }

  /** Returns the new team's id, or empty when the name is taken in the workspace. */
  public Optional<Long> create(long workspaceId, String name, ZoneId zone) {
    return teams.create(workspaceId, name, zone, clock.instant());
  }

  /** Adds a member; false when the user is not in the workspace. */
  public boolean addMember(long workspaceId, long teamId, long userId) {
    return teams.addMember(workspaceId, teamId, userId);
  }

  public boolean removeMember(long workspaceId, long teamId, long userId) {
    return teams.removeMember(workspaceId, teamId, userId);
  }

  /** Replaces the team's weekly rota. */
  public void replaceShifts(long workspaceId, long teamId, List<Team.Shift> shifts) {
    teams.replaceShifts(workspaceId, teamId, shifts);
  }

  /** The weekly shifts of every team of the workspace, to find who covers the queue when. */
  public RotaCoverage rota(long workspaceId) {
    var shifts = new ArrayList<RotaCoverage.WeeklyShift>();
    for (var team : teams.all(workspaceId)) {
      for (var shift : team.shifts()) {
        shifts.add(
            new RotaCoverage.WeeklyShift(
                team.name(), team.zone(), shift.day(), shift.start(), shift.end()));
      }
    }
    return new RotaCoverage(shifts);
  }
}
