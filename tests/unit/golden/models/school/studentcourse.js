'use strict';
const { Model } = require('sequelize');
module.exports = (sequelize, DataTypes) => {
  class StudentCourse extends Model {
    /**
     * Helper method for defining associations.
     * The `models/index` file calls this method automatically.
     */
    static associate(models) {
      // no associations
    }
  }
  StudentCourse.init({
    createdAt: { type: DataTypes.DATE, allowNull: false },
    updatedAt: { type: DataTypes.DATE, allowNull: false },
    studentId: { type: DataTypes.UUID, primaryKey: true, allowNull: false, references: { model: 'students', key: 'student_id' }, onDelete: 'CASCADE', onUpdate: 'CASCADE' },
    courseId: { type: DataTypes.INTEGER, primaryKey: true, allowNull: false, references: { model: 'courses', key: 'id' }, onDelete: 'CASCADE', onUpdate: 'CASCADE' }
  }, {
    sequelize,
    modelName: 'StudentCourse',
    tableName: 'StudentCourse',
  });
  return StudentCourse;
};
