package vn.khaosat.cadre.domain.cadres;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A post a cadre holds now (chức vụ), with the day it began. */
@Embeddable
public class Post {

  public String title;

  public LocalDate startDate;

  public Post() {}

  public Post(String title, LocalDate startDate) {
    this.title = title;
    this.startDate = startDate;
  }
}
