package vn.tusoi.web.forms;

import java.util.List;

import org.jboss.resteasy.reactive.RestForm;

import vn.tusoi.web.signin.SignedForm;

/** A grading form: with the sign-in's form token and key, the score sheet typed (the frame, a field per group). */
public class ScoredForm extends SignedForm {

    @RestForm
    public String scoreFrame;
    @RestForm
    public List<String> scoreGroup;
    @RestForm
    public List<String> scorePoints;

    public ScoreFields score() {
        return new ScoreFields(scoreFrame, scoreGroup, scorePoints);
    }
}
